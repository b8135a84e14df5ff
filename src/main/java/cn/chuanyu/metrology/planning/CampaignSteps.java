package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.planning.draw.Draw;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the Campaign process, each idempotent so a retried job changes nothing twice: freeze the register,
 * run the draw, and start the next batch of inspections.
 */
@Service
public class CampaignSteps {

    private final CampaignStore campaigns;
    private final DrawStore draws;
    private final RegisterFreezer freezer;
    private final Inspections inspections;
    private final PlanningSettings settings;
    private final Clock clock;
    private final AuditLog auditLog;
    private final Registry registry;

    CampaignSteps(CampaignStore campaigns, DrawStore draws, RegisterFreezer freezer, Inspections inspections,
                  PlanningSettings settings, Clock clock, AuditLog auditLog, Registry registry) {
        this.auditLog = auditLog;
        this.registry = registry;
        this.campaigns = campaigns;
        this.draws = draws;
        this.freezer = freezer;
        this.inspections = inspections;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void freezeRegister(long campaignId) {
        if (!draws.isFrozen(campaignId)) {
            Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
            draws.freeze(campaignId, freezer.freeze(campaign, LocalDate.now(clock)), clock.instant());
        }
    }

    @Transactional
    public void draw(long campaignId) {
        FrozenDraw frozen = draws.frozen(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        DrawResult result = Draw.run(frozen.inputs());
        if (draws.saveResult(campaignId, result, position -> plannedDate(campaign, position), clock.instant())) {
            campaigns.status(campaignId, CampaignStatus.DRAWN);
            audit(campaignId, result);
        }
    }

    /** One record for the draw and one for each drawn party with its team. */
    private void audit(long campaignId, DrawResult result) {
        auditLog.record(AuditEntry.of("DRAW_RUN", "campaign", campaignId).with(Map.of(
                "algorithmVersion", result.algorithmVersion(), "registerSize", result.registerSize(),
                "selected", result.selection().size())));
        result.selection().forEach(drawn -> auditLog.record(
                AuditEntry.of("TEAM_ASSIGNED", "campaign-draw", campaignId + "/" + drawn.position())
                        .with(Map.of("partyId", drawn.partyId(), "team", drawn.team()))));
    }

    /** Starts the next batch of drawn inspections; true when none is left to start. */
    @Transactional
    public boolean startNextBatch(long campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        String actor = campaign.openedBy() == null ? campaign.createdBy() : campaign.openedBy();
        for (DrawStore.ToStart next : draws.nextToStart(campaignId, settings.startBatchSize())) {
            Optional<String> gone = membersGone(next.team());
            if (gone.isPresent()) {
                draws.teamProblem(campaignId, next.position(), gone.get());
                continue;
            }
            long inspectionId = inspections.open(
                    new OpenInspection(next.partyId(), next.team(), next.plannedDate(), campaignId), actor);
            draws.started(campaignId, next.position(), inspectionId, clock.instant());
        }
        boolean allStarted = draws.counts(campaignId).toStart() == 0;
        if (allStarted) {
            campaigns.status(campaignId, CampaignStatus.STARTED);
        }
        return allStarted;
    }

    /**
     * A drawn inspector deactivated (or removed) between the draw and the start: the party is reported with its
     * team problem instead of failing the whole batch again and again.
     */
    private Optional<String> membersGone(List<Long> team) {
        Set<Long> gone = new HashSet<>(team);
        registry.staff(Set.copyOf(team)).stream().filter(StaffMember::active).map(StaffMember::id)
                .forEach(gone::remove);
        return gone.isEmpty() ? Optional.empty()
                : Optional.of("inspector(s) " + gone.stream().sorted().toList()
                + " no longer active since the draw; no inspection was started");
    }

    /** Spreads the inspections over the planned window, one day after another in draw order. */
    private static LocalDate plannedDate(Campaign campaign, int position) {
        long days = ChronoUnit.DAYS.between(campaign.windowStart(), campaign.windowEnd()) + 1;
        return campaign.windowStart().plusDays((position - 1) % days);
    }
}
