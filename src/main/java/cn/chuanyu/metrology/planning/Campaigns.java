package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.planning.CampaignProblem.FieldError;
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
        auditLog.record(AuditEntry.of("CAMPAIGN_CREATED", "campaign", id).with(CampaignAudit.parameters(campaign)));
        return store.find(id).orElseThrow();
    }

    /** Opens a planned campaign: starts the Campaign process that freezes the register, draws and starts inspections. */
    @Transactional
    public Campaign open(long id, CurrentUser user) {
        Campaign campaign = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> CampaignProblem.notFound(id));
        CampaignRules.refusal(campaign.movedTo(campaign.periodStart(), campaign.seed()), user.role(), user.province())
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
                .orElseThrow(() -> CampaignProblem.notFound(id));
        CampaignRules.refusal(campaign.movedTo(campaign.periodStart(), seed), user.role(), user.province())
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
        auditLog.record(AuditEntry.of("CAMPAIGN_SEED_ENTERED", "campaign", id).with(CampaignAudit.seed(seed,
                campaign.seedSource())));
        return store.find(id).orElseThrow();
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
}
