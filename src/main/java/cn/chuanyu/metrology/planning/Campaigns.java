package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.CampaignProblem.FieldError;
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Campaigns (抽查计划): create one (single-province by its supervisor, joint by an administrator), open it (the
 * Campaign process draws and starts the inspections), and see how far it has come. Recurring campaigns open their
 * occurrences from the CampaignSeries process's timer.
 */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final DrawStore draws;
    private final RuntimeService runtime;
    private final Validator validator;
    private final Clock clock;

    Campaigns(CampaignStore store, DrawStore draws, RuntimeService runtime, Validator validator, Clock clock) {
        this.store = store;
        this.draws = draws;
        this.runtime = runtime;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(NewCampaign campaign, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>(validator.validate(campaign).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList());
        if (errors.isEmpty()) {
            errors.addAll(CampaignRules.check(campaign, store.activeCategories()));
        }
        if (!errors.isEmpty()) {
            throw CampaignProblem.invalid(errors);
        }
        CampaignRules.refusal(campaign, user.role(), user.province()).ifPresent(reason -> {
            throw CampaignProblem.forbidden(reason);
        });
        boolean recurring = campaign.recurrence() != null;
        long id = store.insert(campaign, user.username(),
                recurring ? CampaignStatus.RECURRING : CampaignStatus.PLANNED, null, null);
        if (recurring) {
            String processInstanceId = runtime.startProcessInstanceByKey(CampaignProcess.SERIES_KEY,
                    CampaignProcess.businessKey(id), Variables.createVariables()
                            .putValue(CampaignProcess.SERIES_ID, id)
                            .putValue(CampaignProcess.RECURRENCE, campaign.recurrence())).getId();
            store.opened(id, user.username(), processInstanceId, CampaignStatus.RECURRING);
        }
        return store.find(id).orElseThrow();
    }

    /** Opens a planned campaign: starts the Campaign process that freezes the register, draws and starts inspections. */
    @Transactional
    public Campaign open(long id, CurrentUser user) {
        Campaign campaign = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> CampaignProblem.notFound(id));
        CampaignRules.refusal(asNew(campaign, campaign.periodStart(), campaign.seed()), user.role(), user.province())
                .ifPresent(reason -> {
                    throw CampaignProblem.forbidden(reason);
                });
        if (campaign.status() != CampaignStatus.PLANNED) {
            throw CampaignProblem.conflict("campaign " + id + " is " + campaign.status() + ", not PLANNED");
        }
        if (campaign.seed() == null) {
            throw CampaignProblem.conflict("enter the seed (" + campaign.seedSource() + ") before opening");
        }
        startCampaignProcess(id, user.username());
        return store.find(id).orElseThrow();
    }

    /** Enters the seed named in advance as a public value; once entered it cannot change. */
    @Transactional
    public Campaign enterSeed(long id, String seed, CurrentUser user) {
        Campaign campaign = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> CampaignProblem.notFound(id));
        CampaignRules.refusal(asNew(campaign, campaign.periodStart(), seed), user.role(), user.province())
                .ifPresent(reason -> {
                    throw CampaignProblem.forbidden(reason);
                });
        if (seed == null || seed.isBlank() || seed.length() > 200) {
            throw CampaignProblem.invalid(List.of(new FieldError("seed", "must be 1 to 200 characters")));
        }
        if (campaign.seed() != null || campaign.status() != CampaignStatus.PLANNED) {
            throw CampaignProblem.conflict("campaign " + id + " already has its seed");
        }
        store.seed(id, seed);
        return store.find(id).orElseThrow();
    }

    /**
     * Creates and opens the occurrence of a recurring campaign that is due now (the last one due, or the first);
     * a second firing for the same occurrence finds it and opens nothing.
     */
    @Transactional
    public Optional<Long> openOccurrenceDue(long seriesId) {
        Campaign series = store.lock(seriesId).orElseThrow(() -> CampaignProblem.notFound(seriesId));
        LocalDate due = Recurrence.parse(series.recurrence()).orElseThrow().occurrenceDue(clock.instant());
        if (store.occurrence(seriesId, due).isPresent()) {
            return Optional.empty();
        }
        long id = store.insert(asNew(series, due, series.seed() + "/" + due), series.createdBy(),
                CampaignStatus.PLANNED, seriesId, due);
        startCampaignProcess(id, series.createdBy());
        return Optional.of(id);
    }

    /** Ends a recurring campaign: its timer stops; occurrences already opened go on. */
    @Transactional
    public Campaign endSeries(long id, CurrentUser user) {
        Campaign series = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> CampaignProblem.notFound(id));
        CampaignRules.refusal(asNew(series, series.periodStart(), series.seed()), user.role(), user.province())
                .ifPresent(reason -> {
                    throw CampaignProblem.forbidden(reason);
                });
        if (series.status() != CampaignStatus.RECURRING) {
            throw CampaignProblem.conflict("campaign " + id + " is " + series.status() + ", not RECURRING");
        }
        runtime.createMessageCorrelation(CampaignProcess.SERIES_ENDED_MESSAGE)
                .processInstanceId(series.processInstanceId()).correlate();
        store.status(id, CampaignStatus.ENDED);
        return store.find(id).orElseThrow();
    }

    /** The occurrences a recurring campaign has opened, oldest first. */
    public List<Long> occurrences(Campaign series) {
        return store.occurrencesOf(series.id());
    }

    public Campaign find(long id, CurrentUser user) {
        return store.find(id).filter(campaign -> campaign.visibleTo(user))
                .orElseThrow(() -> CampaignProblem.notFound(id));
    }

    public CampaignProgress progress(Campaign campaign) {
        DrawStore.Counts counts = draws.counts(campaign.id());
        List<CampaignProgress.Failure> failures = new ArrayList<>(draws.teamProblems(campaign.id()).stream()
                .map(problem -> new CampaignProgress.Failure(problem.partyId(), problem.problem())).toList());
        if (campaign.processInstanceId() != null && campaign.seriesId() == null && campaign.recurrence() == null) {
            runtime.createIncidentQuery().processInstanceId(campaign.processInstanceId()).list().forEach(incident ->
                    failures.add(new CampaignProgress.Failure(null, incident.getActivityId() + ": "
                            + incident.getIncidentMessage())));
        }
        return new CampaignProgress(campaign.status(), counts.registerSize(), counts.drawn(), counts.started(),
                failures);
    }

    private void startCampaignProcess(long id, String username) {
        String processInstanceId = runtime.startProcessInstanceByKey(CampaignProcess.KEY,
                CampaignProcess.businessKey(id),
                Variables.createVariables().putValue(CampaignProcess.CAMPAIGN_ID, id)).getId();
        store.opened(id, username, processInstanceId, CampaignStatus.OPEN);
    }

    /** The campaign as a command, moved to start on the given date (an occurrence keeps its template's shape). */
    private static NewCampaign asNew(Campaign campaign, LocalDate start, String seed) {
        long shift = ChronoUnit.DAYS.between(campaign.periodStart(), start);
        String name = start.equals(campaign.periodStart()) ? campaign.name() : campaign.name() + " " + start;
        return new NewCampaign(name, campaign.partyKind(), Set.copyOf(campaign.categories()),
                Set.copyOf(campaign.provinces()), campaign.joint(), campaign.sampleCount(),
                campaign.sampleRatio(), campaign.minimumPerRiskClass(), campaign.teamSize(), campaign.loadCap(),
                start, campaign.periodEnd().plusDays(shift), campaign.windowStart().plusDays(shift),
                campaign.windowEnd().plusDays(shift), seed, campaign.seedSource(), null);
    }
}
