package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments of the seed ceremony of {@code chuanyu-draw/2}: the server's and the public random value's for
 * every campaign, a supervisor's secret when they add one, each published (hash with a time) while the campaign is
 * planned; a published commitment never changes (409, audited). {@link Reveals} takes the values after the freeze.
 */
@Service
public class Contributions {

    private final ContributionStore store;
    private final CampaignStore campaigns;
    private final ServerSecrets secrets;
    private final AuditLog auditLog;
    private final AuditedRefusals refusals;
    private final PlanningSettings settings;
    private final Clock clock;

    Contributions(ContributionStore store, CampaignStore campaigns, ServerSecrets secrets, AuditLog auditLog,
                  AuditedRefusals refusals, PlanningSettings settings, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.secrets = secrets;
        this.auditLog = auditLog;
        this.refusals = refusals;
        this.settings = settings;
        this.clock = clock;
    }

    /** A commitment: the BEACON names its source and due time, a supervisor gives the SHA-256 of their secret. */
    public record Commitment(Contributor contributor, String sha256, String beaconSource, OffsetDateTime beaconDueAt) {
    }

    /** A contribution the draw still waits for; {@code possible} is false once it can no longer be revealed. */
    public record Waiting(Contributor contributor, String beaconSource, Instant beaconDueAt, boolean possible) {
    }

    /** The campaign's contributions as published, in contributor order. */
    public List<DrawContribution> of(long campaignId) {
        return store.of(campaignId);
    }

    /** Whether the user may publish this contributor's commitment for the campaign (its other rules aside). */
    public boolean mayCommit(Campaign campaign, Contributor contributor, CurrentUser user) {
        return CeremonyRules.commitRefusal(campaign, contributor, user.role(), user.province()).isEmpty();
    }

    /** Whether the user may reveal this contributor's value for the campaign (its other rules aside). */
    public boolean mayReveal(Campaign campaign, Contributor contributor, CurrentUser user) {
        return CeremonyRules.revealRefusal(campaign, contributor, user.role(), user.province()).isEmpty();
    }

    /** What the draw of a frozen campaign still waits for. */
    public List<Waiting> waitingFor(long campaignId) {
        Map<Contributor, DrawContribution> all = byContributor(campaignId);
        DrawContribution beacon = all.get(Contributor.BEACON);
        List<Waiting> waiting = new ArrayList<>();
        all.values().stream().filter(contribution -> !contribution.revealed()).forEach(contribution ->
                waiting.add(new Waiting(contribution.contributor(), beacon == null ? null : beacon.beaconSource(),
                        beacon == null ? null : beacon.beaconDueAt(), contribution.contributor() == Contributor.BEACON
                        || RevealRules.refusal(contribution.contributor(), contribution, all, clock.instant())
                        .isEmpty())));
        return waiting;
    }

    /** Publishes a commitment of a planned campaign: 409 and audited when the contributor has one already. */
    public DrawContribution commit(long campaignId, Commitment request, CurrentUser user) {
        return refusals.run(user, () -> {
            Campaign campaign = campaigns.lock(campaignId).filter(found -> found.visibleTo(user))
                    .orElseThrow(() -> Campaigns.notFound(campaignId));
            Contributor contributor = Reveals.contributorOf(request.contributor());
            CeremonyRules.commitRefusal(campaign, contributor, user.role(), user.province()).ifPresent(reason -> {
                throw new ForbiddenException(reason);
            });
            checkCommitment(request, contributor);
            if (campaign.status() != CampaignStatus.PLANNED) {
                throw new ConflictException("problem.draw.commitOnlyPlanned", campaignId,
                        Message.of("campaign.status." + campaign.status()));
            }
            store.find(campaignId, contributor).ifPresent(published -> {
                throw AuditedRefusals.refused(new ConflictException("problem.draw.commitmentFixed",
                        Message.of("campaign.contributor." + contributor), published.committedAt()), AuditEntry.of(
                        "DRAW_COMMITMENT_CHANGE_REFUSED", "campaign", campaignId).with(Map.of(
                        "contributor", contributor.name(), "published", published.commitmentSha256())));
            });
            if (contributor == Contributor.BEACON) {
                commitBeacon(campaignId, request.beaconSource().strip(), request.beaconDueAt().toInstant(),
                        user.username());
                commitServer(campaignId, user.username());
            } else {
                store.commit(campaignId, contributor, request.sha256(), clock.instant(), user.username(), null, null);
                published(campaignId, contributor, request.sha256(), null, null);
            }
            return store.find(campaignId, contributor).orElseThrow();
        });
    }

    /** The server commits 32 random bytes to a new campaign or occurrence; the value stays hidden until the freeze. */
    void commitServer(long campaignId, String by) {
        if (store.find(campaignId, Contributor.SERVER).isPresent()) {
            return;
        }
        String secret = secrets.next();
        String commitment = SeedCeremony.commitment(campaignId, Contributor.SERVER, secret);
        store.keepServerSecret(campaignId, secret);
        store.commit(campaignId, Contributor.SERVER, commitment, clock.instant(), by, null, null);
        published(campaignId, Contributor.SERVER, commitment, null, null);
    }

    /** Names the public random value of a new campaign or occurrence. */
    void commitBeacon(long campaignId, String source, Instant dueAt, String by) {
        Instant due = dueAt.truncatedTo(ChronoUnit.SECONDS);
        String commitment = SeedCeremony.beaconCommitment(campaignId, source, due);
        store.commit(campaignId, Contributor.BEACON, commitment, clock.instant(), by, source, due);
        published(campaignId, Contributor.BEACON, commitment, source, due);
    }

    /** Whether the campaign may open: its BEACON and SERVER commitments exist and the beacon is not due too soon. */
    void checkReadyToOpen(Campaign campaign) {
        Map<Contributor, DrawContribution> all = byContributor(campaign.id());
        DrawContribution beacon = all.get(Contributor.BEACON);
        if (beacon == null) {
            throw new ConflictException("problem.draw.beaconFirst");
        }
        if (!all.containsKey(Contributor.SERVER)) {
            commitServer(campaign.id(), AuditLog.SYSTEM);
        }
        Instant latest = beacon.beaconDueAt().minus(settings.beaconMinimumLead());
        if (!clock.instant().isBefore(latest)) {
            throw new ConflictException("problem.draw.beaconTooSoon", beacon.beaconSource(), beacon.beaconDueAt(),
                    settings.beaconMinimumLead().toMinutes());
        }
    }

    private void checkCommitment(Commitment request, Contributor contributor) {
        List<FieldProblem> errors = new ArrayList<>();
        if (contributor == Contributor.BEACON) {
            String source = request.beaconSource() == null ? "" : request.beaconSource().strip();
            if (source.isEmpty() || source.length() > 300 || source.contains("\n") || source.contains("\r")) {
                errors.add(FieldProblem.of("beaconSource", "problem.draw.beaconSource", 300));
            }
            if (request.beaconDueAt() == null) {
                errors.add(FieldProblem.of("beaconDueAt", "problem.required"));
            } else if (!request.beaconDueAt().toInstant().isAfter(clock.instant().plus(settings.beaconMinimumLead()))) {
                errors.add(FieldProblem.of("beaconDueAt", "problem.campaign.beaconLead",
                        settings.beaconMinimumLead().toMinutes()));
            }
        } else if (!SeedCeremony.isSha256(request.sha256())) {
            errors.add(FieldProblem.of("sha256", "problem.draw.sha256"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Map<Contributor, DrawContribution> byContributor(long campaignId) {
        Map<Contributor, DrawContribution> all = new EnumMap<>(Contributor.class);
        store.of(campaignId).forEach(contribution -> all.put(contribution.contributor(), contribution));
        return all;
    }

    private void published(long campaignId, Contributor contributor, String commitment, String source, Instant due) {
        Map<String, Object> detail = new HashMap<>(Map.of("contributor", contributor.name(),
                "commitmentSha256", commitment));
        if (source != null) {
            detail.put("beaconSource", source);
            detail.put("beaconDueAt", due.toString());
        }
        auditLog.record(AuditEntry.of("DRAW_COMMITMENT_PUBLISHED", "campaign", campaignId).with(detail));
    }
}
