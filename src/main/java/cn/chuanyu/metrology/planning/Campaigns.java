package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Campaigns (抽查计划): create one (single-province by its supervisor, joint by an administrator) with its first
 * commitments, see before opening how many parties it will draw and how many teams the pool can staff, open it
 * (the Campaign process freezes, waits for the reveals, draws and starts the inspections), and follow it.
 * A recurring campaign starts its CampaignSeries process here; {@link RecurringCampaigns} opens its occurrences.
 */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final DrawStore draws;
    private final Contributions contributions;
    private final RegisterFreezer freezer;
    private final Inspections inspections;
    private final ReferenceData reference;
    private final RuntimeService runtime;
    private final Validator validator;
    private final AuditLog auditLog;
    private final PlanningSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    Campaigns(CampaignStore store, DrawStore draws, Contributions contributions, RegisterFreezer freezer,
              Inspections inspections, ReferenceData reference, RuntimeService runtime, Validator validator,
              AuditLog auditLog, PlanningSettings settings, ObjectMapper json, Clock clock) {
        this.store = store;
        this.draws = draws;
        this.contributions = contributions;
        this.freezer = freezer;
        this.inspections = inspections;
        this.reference = reference;
        this.runtime = runtime;
        this.validator = validator;
        this.auditLog = auditLog;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** What is wrong with a campaign to create across its fields (dates in order, known categories, scope). */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(NewCampaign campaign) {
        return CampaignRules.check(campaign, activeCategories(), clock.instant(), settings.beaconMinimumLead());
    }

    @Transactional
    public Campaign create(NewCampaign campaign, CurrentUser user) {
        List<FieldProblem> errors = new ArrayList<>(validator.validate(campaign).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(),
                        Message.worded(violation.getMessage())))
                .sorted(Comparator.comparing(FieldProblem::field)).toList());
        if (errors.isEmpty()) {
            errors.addAll(CampaignRules.check(campaign, activeCategories(), clock.instant(),
                    settings.beaconMinimumLead()));
        }
        if (errors.isEmpty() && inspections.workingDaysBetween(campaign.windowStart(), campaign.windowEnd()).isEmpty()) {
            errors.add(FieldProblem.of("windowEnd", "problem.campaign.noWorkingDay"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CampaignRules.refusal(campaign, user.role(), user.province()).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        boolean recurring = campaign.recurrence() != null;
        long id = store.insert(campaign, user.username(),
                recurring ? CampaignStatus.RECURRING : CampaignStatus.PLANNED, null, null);
        auditLog.record(AuditEntry.of("CAMPAIGN_CREATED", "campaign", id).with(CampaignAudit.parameters(campaign)));
        if (campaign.beaconSource() != null) {
            contributions.commitBeacon(id, campaign.beaconSource().strip(), campaign.beaconDueAt().toInstant(),
                    user.username());
        }
        if (recurring) {
            String processInstanceId = runtime.startProcessInstanceByKey(CampaignProcess.SERIES_KEY,
                    CampaignProcess.businessKey(id), Variables.createVariables()
                            .putValue(CampaignProcess.SERIES_ID, id)
                            .putValue(CampaignProcess.RECURRENCE, campaign.recurrence())).getId();
            store.opened(id, user.username(), processInstanceId, CampaignStatus.RECURRING);
        } else {
            contributions.commitServer(id, user.username());
        }
        return store.find(id).orElseThrow();
    }

    /**
     * Opens a planned campaign once its BEACON and SERVER commitments exist: the Campaign process freezes the
     * register, waits for the reveals, draws and starts inspections. When the pool cannot staff every party the
     * draw will pick, opening needs {@code confirmShortfall}; the capacity is kept for the draw record.
     */
    @Transactional
    public Campaign open(long id, boolean confirmShortfall, CurrentUser user) {
        Campaign campaign = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> notFound(id));
        CampaignRules.refusal(campaign.movedTo(campaign.periodStart()), user.role(), user.province())
                .ifPresent(reason -> {
                    throw new ForbiddenException(reason);
                });
        if (campaign.status() != CampaignStatus.PLANNED) {
            throw new ConflictException("problem.campaign.notPlanned", id,
                    Message.of("campaign.status." + campaign.status()));
        }
        contributions.checkReadyToOpen(campaign);
        CampaignCapacity capacity = freezer.capacity(campaign, LocalDate.now(clock));
        if (capacity.shortfall() > 0 && !confirmShortfall) {
            throw new InvalidInputException("confirmShortfall", "problem.campaign.confirmShortfall",
                    capacity.staffableTeams(), capacity.partiesToDraw());
        }
        boolean confirmed = capacity.shortfall() > 0;
        store.openingCapacity(id, write(capacity), confirmed ? user.username() : null,
                confirmed ? clock.instant() : null);
        startCampaignProcess(id, user.username());
        auditLog.record(AuditEntry.of("CAMPAIGN_OPENED", "campaign", id).with(Map.of(
                "partiesToDraw", capacity.partiesToDraw(), "staffableTeams", capacity.staffableTeams(),
                "shortfall", capacity.shortfall(), "shortfallConfirmed", confirmed)));
        return store.find(id).orElseThrow();
    }

    /** Before opening: how many parties the draw will pick and how many teams the pool can staff. */
    @Transactional(readOnly = true)
    public CampaignCapacity capacity(Campaign campaign) {
        return freezer.capacity(campaign, LocalDate.now(clock));
    }

    /** The capacity as it was when the campaign was opened; empty before. */
    public java.util.Optional<CampaignCapacity> openingCapacity(Campaign campaign) {
        return store.openingCapacity(campaign.id()).map(stored -> {
            try {
                return json.readValue(stored.capacityJson(), CampaignCapacity.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored capacity is not readable", e);
            }
        });
    }

    public Campaign find(long id, CurrentUser user) {
        return store.find(id).filter(campaign -> campaign.visibleTo(user))
                .orElseThrow(() -> notFound(id));
    }

    /** The plan (抽查计划) a published result names, for anyone: its number and name are public. */
    @Transactional(readOnly = true)
    public Optional<Campaign> published(long id) {
        return store.find(id);
    }

    public CampaignProgress progress(Campaign campaign) {
        DrawStore.Counts counts = draws.counts(campaign.id());
        List<CampaignProgress.Failure> failures = new ArrayList<>(draws.problems(campaign.id()).stream()
                .map(problem -> new CampaignProgress.Failure(problem.partyId(), problem.problem(),
                        problem.teamProblem())).toList());
        if (campaign.processInstanceId() != null && campaign.seriesId() == null && campaign.recurrence() == null) {
            runtime.createIncidentQuery().processInstanceId(campaign.processInstanceId()).list().forEach(incident ->
                    failures.add(new CampaignProgress.Failure(null, incident.getActivityId() + ": "
                            + incident.getIncidentMessage(), null)));
        }
        return new CampaignProgress(campaign.status(), counts.registerSize(), counts.drawn(), counts.started(),
                failures);
    }

    void startCampaignProcess(long id, String username) {
        String processInstanceId = runtime.startProcessInstanceByKey(CampaignProcess.KEY,
                CampaignProcess.businessKey(id),
                Variables.createVariables().putValue(CampaignProcess.CAMPAIGN_ID, id)).getId();
        store.opened(id, username, processInstanceId, CampaignStatus.OPEN);
    }

    /** The capacity as JSON, to keep with the campaign when it opens. */
    String write(CampaignCapacity capacity) {
        try {
            return json.writeValueAsString(capacity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a capacity as JSON", e);
        }
    }

    /**
     * The newest campaigns of the provinces the user serves (both for an administrator), in the given status (null:
     * any), at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Campaign> list(CurrentUser user, CampaignStatus status, int limit) {
        return store.list(user.province(), status, limit);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("problem.campaign.notFound", id);
    }

    private Set<String> activeCategories() {
        return reference.categories().stream().filter(ReferenceData.Category::active)
                .map(ReferenceData.Category::code).collect(Collectors.toSet());
    }
}
