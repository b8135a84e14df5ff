package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Recurring campaigns: the CampaignSeries timer opens one occurrence per period (named by its due date, seeded
 * with the series' seed and that date), and a supervisor or administrator may end the series.
 */
@Service
public class RecurringCampaigns {

    private final CampaignStore store;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final Clock clock;
    private final AuditLog auditLog;

    RecurringCampaigns(CampaignStore store, Campaigns campaigns, RuntimeService runtime, Clock clock,
                       AuditLog auditLog) {
        this.store = store;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /**
     * Creates and opens the occurrence of a recurring campaign that is due now (the last one due, or the first);
     * a second firing for the same occurrence finds it and opens nothing.
     */
    @Transactional
    public Optional<Long> openOccurrenceDue(long seriesId) {
        Campaign series = store.lock(seriesId).orElseThrow(() -> Campaigns.notFound(seriesId));
        LocalDate due = Recurrence.parse(series.recurrence()).orElseThrow().occurrenceDue(clock.instant());
        if (store.occurrence(seriesId, due).isPresent()) {
            return Optional.empty();
        }
        long id = store.insert(series.movedTo(due, series.seed() + "/" + due), series.createdBy(),
                CampaignStatus.PLANNED, seriesId, due);
        campaigns.startCampaignProcess(id, series.createdBy());
        return Optional.of(id);
    }

    /** Ends a recurring campaign: its timer stops; occurrences already opened go on. */
    @Transactional
    public Campaign endSeries(long id, CurrentUser user) {
        Campaign series = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> Campaigns.notFound(id));
        CampaignRules.refusal(series.movedTo(series.periodStart(), series.seed()), user.role(), user.province())
                .ifPresent(reason -> {
                    throw new ForbiddenException(reason);
                });
        if (series.status() != CampaignStatus.RECURRING) {
            throw new ConflictException("problem.campaign.notRecurring", id,
                    Message.of("campaign.status." + series.status()));
        }
        runtime.createMessageCorrelation(CampaignProcess.SERIES_ENDED_MESSAGE)
                .processInstanceId(series.processInstanceId()).correlate();
        store.status(id, CampaignStatus.ENDED);
        auditLog.record(AuditEntry.of("CAMPAIGN_SERIES_ENDED", "campaign", id).with(java.util.Map.of(
                "recurrence", series.recurrence(), "occurrences", store.occurrencesOf(id).size())));
        return store.find(id).orElseThrow();
    }

    /** The occurrences a recurring campaign has opened, oldest first. */
    public List<Long> occurrences(Campaign series) {
        return store.occurrencesOf(series.id());
    }
}
