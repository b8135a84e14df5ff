package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns (抽查计划): create one (single-province by its supervisor, joint by an administrator), open it (the
 * Campaign process draws and starts the inspections), and see how far it has come. A recurring campaign starts its
 * CampaignSeries process here; {@link RecurringCampaigns} opens its occurrences.
 */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final DrawStore draws;
    private final RuntimeService runtime;
    private final Validator validator;
    private final AuditLog auditLog;

    Campaigns(CampaignStore store, DrawStore draws, RuntimeService runtime, Validator validator, AuditLog auditLog) {
        this.store = store;
        this.draws = draws;
        this.runtime = runtime;
        this.validator = validator;
        this.auditLog = auditLog;
    }

    /** What is wrong with a campaign to create across its fields (dates in order, known categories, scope). */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(NewCampaign campaign) {
        return CampaignRules.check(campaign, store.activeCategories());
    }

    @Transactional
    public Campaign create(NewCampaign campaign, CurrentUser user) {
        List<FieldProblem> errors = new ArrayList<>(validator.validate(campaign).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(),
                        Message.worded(violation.getMessage())))
                .sorted(Comparator.comparing(FieldProblem::field)).toList());
        if (errors.isEmpty()) {
            errors.addAll(CampaignRules.check(campaign, store.activeCategories()));
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
        if (recurring) {
            String processInstanceId = runtime.startProcessInstanceByKey(CampaignProcess.SERIES_KEY,
                    CampaignProcess.businessKey(id), Variables.createVariables()
                            .putValue(CampaignProcess.SERIES_ID, id)
                            .putValue(CampaignProcess.RECURRENCE, campaign.recurrence())).getId();
            store.opened(id, user.username(), processInstanceId, CampaignStatus.RECURRING);
        }
        auditLog.record(AuditEntry.of("CAMPAIGN_CREATED", "campaign", id).with(CampaignAudit.parameters(campaign)));
        return store.find(id).orElseThrow();
    }

    /** Opens a planned campaign: starts the Campaign process that freezes the register, draws and starts inspections. */
    @Transactional
    public Campaign open(long id, CurrentUser user) {
        Campaign campaign = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> notFound(id));
        CampaignRules.refusal(campaign.movedTo(campaign.periodStart(), campaign.seed()), user.role(), user.province())
                .ifPresent(reason -> {
                    throw new ForbiddenException(reason);
                });
        if (campaign.status() != CampaignStatus.PLANNED) {
            throw new ConflictException("problem.campaign.notPlanned", id,
                    Message.of("campaign.status." + campaign.status()));
        }
        if (campaign.seed() == null) {
            throw new ConflictException("problem.campaign.seedFirst", campaign.seedSource());
        }
        startCampaignProcess(id, user.username());
        Campaign opened = store.find(id).orElseThrow();
        auditLog.record(AuditEntry.of("CAMPAIGN_OPENED", "campaign", id).with(java.util.Map.of(
                "processInstanceId", opened.processInstanceId(), "seedSha256", CampaignAudit.sha256(opened.seed()),
                "seedSource", String.valueOf(opened.seedSource()))));
        return opened;
    }

    /** Enters the seed named in advance as a public value; once entered it cannot change. */
    @Transactional
    public Campaign enterSeed(long id, String seed, CurrentUser user) {
        Campaign campaign = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> notFound(id));
        CampaignRules.refusal(campaign.movedTo(campaign.periodStart(), seed), user.role(), user.province())
                .ifPresent(reason -> {
                    throw new ForbiddenException(reason);
                });
        if (seed == null || seed.isBlank() || seed.length() > 200) {
            throw new InvalidInputException("seed", "problem.lengthBetween", 1, 200);
        }
        if (campaign.seed() != null || campaign.status() != CampaignStatus.PLANNED) {
            throw new ConflictException("problem.campaign.seedEntered", id);
        }
        store.seed(id, seed);
        auditLog.record(AuditEntry.of("CAMPAIGN_SEED_ENTERED", "campaign", id).with(CampaignAudit.seed(seed,
                campaign.seedSource())));
        return store.find(id).orElseThrow();
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

    void startCampaignProcess(long id, String username) {
        String processInstanceId = runtime.startProcessInstanceByKey(CampaignProcess.KEY,
                CampaignProcess.businessKey(id),
                Variables.createVariables().putValue(CampaignProcess.CAMPAIGN_ID, id)).getId();
        store.opened(id, username, processInstanceId, CampaignStatus.OPEN);
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
}
