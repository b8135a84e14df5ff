package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.Draw;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import cn.chuanyu.metrology.planning.draw.FrozenInputs;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the Campaign process, each idempotent so a retried job changes nothing twice: freeze the register
 * (and reveal the server's contribution), run the draw once every contribution is revealed, and start the next
 * batch of inspections.
 */
@Service
public class CampaignSteps {

    private final CampaignStore campaigns;
    private final DrawStore draws;
    private final RegisterFreezer freezer;
    private final Contributions contributions;
    private final Reveals reveals;
    private final Inspections inspections;
    private final PlanningSettings settings;
    private final Clock clock;
    private final AuditLog auditLog;
    private final Registry registry;

    CampaignSteps(CampaignStore campaigns, DrawStore draws, RegisterFreezer freezer, Contributions contributions,
                  Reveals reveals, Inspections inspections, PlanningSettings settings, Clock clock, AuditLog auditLog,
                  Registry registry) {
        this.campaigns = campaigns;
        this.draws = draws;
        this.freezer = freezer;
        this.contributions = contributions;
        this.reveals = reveals;
        this.inspections = inspections;
        this.settings = settings;
        this.clock = clock;
        this.auditLog = auditLog;
        this.registry = registry;
    }

    /**
     * Freezes and publishes the register, the pool and what was left out, then reveals the server's contribution.
     * Refused (and left as an incident) once the public random value is due: it could then be known already.
     */
    @Transactional
    public void freezeRegister(long campaignId) {
        if (draws.algorithm(campaignId).isPresent()) {
            return;
        }
        Campaign campaign = campaigns.lock(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        DrawContribution beacon = contributions.of(campaignId).stream()
                .filter(contribution -> contribution.contributor() == Contributor.BEACON).findFirst()
                .orElseThrow(() -> new IllegalStateException("campaign " + campaignId + " has no public random value"));
        if (!clock.instant().isBefore(beacon.beaconDueAt())) {
            throw new IllegalStateException("the register of campaign " + campaignId + " could not be frozen before"
                    + " its public random value (" + beacon.beaconSource() + ") was due at " + beacon.beaconDueAt()
                    + ": it cannot be drawn; plan it again with a later public value");
        }
        LocalDate on = LocalDate.now(clock);
        FrozenInputs frozen = freezer.freeze(campaign, on);
        draws.freeze(frozen, on, clock.instant());
        reveals.revealServer(campaignId);
        campaigns.status(campaignId, CampaignStatus.FROZEN);
        auditLog.record(AuditEntry.of("REGISTER_FROZEN", "campaign", campaignId).with(Map.of(
                "registerSize", frozen.register().size(), "registerSha256", frozen.registerSha256(),
                "frozenSha256", frozen.frozenSha256(), "partiesLeftOut", frozen.partyExclusions().size(),
                "inspectors", frozen.inspectors().size(), "inspectorsLeftOut", frozen.inspectorExclusions().size())));
    }

    /** Derives the seed from the revealed contributions, runs the draw and stores it, once. */
    @Transactional
    public void draw(long campaignId) {
        DrawStore.Frozen frozen = draws.frozen(campaignId).orElseThrow(() -> Campaigns.notFound(campaignId));
        String frozenSha256 = frozen.inputs().frozenSha256();
        if (!frozenSha256.equals(frozen.frozenSha256())) {
            throw new IllegalStateException("the frozen inputs of campaign " + campaignId + " no longer hash to the "
                    + "published " + frozen.frozenSha256() + ": the draw does not run on changed inputs");
        }
        String seed = SeedCeremony.seed(campaignId, frozenSha256, reveals.checkedReveals(campaignId));
        DrawResult result = Draw.run(frozen.inputs(), seed);
        String inputsSha256 = SeedCeremony.inputsSha256(frozenSha256, seed);
        if (draws.saveResult(campaignId, seed, inputsSha256, result, clock.instant())) {
            campaigns.status(campaignId, CampaignStatus.DRAWN);
            audit(campaignId, seed, inputsSha256, result);
        }
    }

    /** One record for the draw and one for each drawn party with its team. */
    private void audit(long campaignId, String seed, String inputsSha256, DrawResult result) {
        auditLog.record(AuditEntry.of("DRAW_RUN", "campaign", campaignId).with(Map.of(
                "algorithmVersion", result.algorithm(), "registerSize", result.registerSize(),
                "selected", result.selectionSize(), "withoutTeam", result.withoutTeam(), "seed", seed,
                "inputsSha256", inputsSha256, "resultSha256", result.resultSha256())));
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
                draws.startProblem(campaignId, next.position(), gone.get());
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
     * A drawn inspector deactivated (or removed) between the draw and the start: the party is reported with the
     * reason instead of failing the whole batch again and again.
     */
    private Optional<String> membersGone(List<Long> team) {
        Set<Long> gone = new HashSet<>(team);
        registry.staff(Set.copyOf(team)).stream().filter(StaffMember::active).map(StaffMember::id)
                .forEach(gone::remove);
        return gone.isEmpty() ? Optional.empty()
                : Optional.of("inspector(s) " + gone.stream().sorted().toList()
                + " no longer active since the draw; no inspection was started");
    }
}
