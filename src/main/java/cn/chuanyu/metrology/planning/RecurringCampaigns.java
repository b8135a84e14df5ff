package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recurring campaigns: the CampaignSeries timer opens one occurrence per period, named by its due date. Each
 * occurrence gets its own commitments before its register is frozen: the server's fresh contribution, and the
 * public random value the series named in advance ({@code {date}} in its source replaced by the occurrence's date,
 * due as many periods after the series' first due time as the occurrence is after the first). A supervisor or
 * administrator may end the series.
 */
@Service
public class RecurringCampaigns {

    static final String DATE_PLACEHOLDER = "{date}";

    private final CampaignStore store;
    private final Campaigns campaigns;
    private final Contributions contributions;
    private final RegisterFreezer freezer;
    private final AuditLog auditLog;
    private final PlanningSettings settings;
    private final RuntimeService runtime;
    private final Clock clock;

    RecurringCampaigns(CampaignStore store, Campaigns campaigns, Contributions contributions, RegisterFreezer freezer,
                       AuditLog auditLog, PlanningSettings settings, RuntimeService runtime, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.contributions = contributions;
        this.freezer = freezer;
        this.auditLog = auditLog;
        this.settings = settings;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Creates the occurrence of a recurring campaign that is due now (the last one due, or the first) with its
     * commitments, and opens it; a second firing for the same occurrence finds it and opens nothing. An occurrence
     * whose public random value is due too soon to freeze its register first stays PLANNED, and says why.
     */
    @Transactional
    public Optional<Long> openOccurrenceDue(long seriesId) {
        Campaign series = store.lock(seriesId).orElseThrow(() -> Campaigns.notFound(seriesId));
        Recurrence recurrence = Recurrence.parse(series.recurrence()).orElseThrow();
        int occurrence = recurrence.occurrenceIndexDue(clock.instant());
        LocalDate due = recurrence.occurrenceDate(occurrence);
        if (store.occurrence(seriesId, due).isPresent()) {
            return Optional.empty();
        }
        long id = store.insert(series.movedTo(due), series.createdBy(), CampaignStatus.PLANNED, seriesId, due);
        DrawContribution rule = contributions.of(seriesId).stream()
                .filter(contribution -> contribution.contributor() == Contributor.BEACON).findFirst().orElseThrow();
        Instant beaconDue = recurrence.shifted(rule.beaconDueAt().atOffset(ZoneOffset.ofHours(8)), occurrence)
                .toInstant();
        auditLog.record(AuditEntry.of("CAMPAIGN_CREATED", "campaign", id).with(Map.of("seriesId", seriesId,
                "occurrenceDate", due.toString())));
        contributions.commitServer(id, series.createdBy());
        contributions.commitBeacon(id, rule.beaconSource().replace(DATE_PLACEHOLDER, due.toString()), beaconDue,
                series.createdBy());
        if (!clock.instant().plus(settings.beaconMinimumLead()).isBefore(beaconDue)) {
            auditLog.record(AuditEntry.of("OCCURRENCE_NOT_OPENED", "campaign", id).with(Map.of("reason",
                    "its public random value is due at " + beaconDue + ", too soon to freeze the register first")));
            return Optional.of(id);
        }
        CampaignCapacity capacity;
        try {
            capacity = freezer.capacity(store.find(id).orElseThrow(), LocalDate.now(clock));
        } catch (ConflictException problem) {
            auditLog.record(AuditEntry.of("OCCURRENCE_NOT_OPENED", "campaign", id).with(Map.of("reason",
                    String.valueOf(problem.detail()))));
            return Optional.of(id);
        }
        store.openingCapacity(id, campaigns.write(capacity), null, null);
        campaigns.startCampaignProcess(id, series.createdBy());
        return Optional.of(id);
    }

    /** Ends a recurring campaign: its timer stops; occurrences already opened go on. */
    @Transactional
    public Campaign endSeries(long id, CurrentUser user) {
        Campaign series = store.lock(id).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> Campaigns.notFound(id));
        CampaignRules.refusal(series.movedTo(series.periodStart()), user.role(), user.province())
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
