package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.planning.CampaignProblem.FieldError;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The seed ceremony of {@code chuanyu-draw/2}: contributions are committed (hash published with a time) while the
 * campaign is planned, and revealed once its register is frozen; the draw runs when every one is revealed and
 * matches. A refused change of a commitment or a refused reveal is answered with an error and audited.
 */
@Service
public class Contributions {

    private final ContributionStore store;
    private final CampaignStore campaigns;
    private final ServerSecrets secrets;
    private final AuditLog auditLog;
    private final RuntimeService runtime;
    private final PlanningSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Contributions(ContributionStore store, CampaignStore campaigns, ServerSecrets secrets, AuditLog auditLog,
                  RuntimeService runtime, PlanningSettings settings, Clock clock,
                  PlatformTransactionManager transactions) {
        this.store = store;
        this.campaigns = campaigns;
        this.secrets = secrets;
        this.auditLog = auditLog;
        this.runtime = runtime;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A commitment: the BEACON names its source and due time, a supervisor gives the SHA-256 of their secret. */
    public record Commitment(Contributor contributor, String sha256, String beaconSource, OffsetDateTime beaconDueAt) {
    }

    /** A reveal: the value, and for the BEACON the same value typed again. */
    public record Reveal(Contributor contributor, String value, String confirmValue) {
    }

    /** A contribution the draw still waits for; {@code possible} is false once it can no longer be revealed. */
    public record Waiting(Contributor contributor, String beaconSource, Instant beaconDueAt, boolean possible) {
    }

    /** Whether the user may publish this contributor's commitment for the campaign (its other rules aside). */
    public boolean mayCommit(Campaign campaign, Contributor contributor, CurrentUser user) {
        return CeremonyRules.commitRefusal(campaign, contributor, user.role(), user.province()).isEmpty();
    }

    /** Whether the user may reveal this contributor's value for the campaign (its other rules aside). */
    public boolean mayReveal(Campaign campaign, Contributor contributor, CurrentUser user) {
        return CeremonyRules.revealRefusal(campaign, contributor, user.role(), user.province()).isEmpty();
    }

    /** The campaign's contributions as published, in contributor order. */
    public List<DrawContribution> of(long campaignId) {
        return store.of(campaignId);
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

    /** Publishes a commitment of a planned campaign: 409 and audited when the contributor has one already. */
    public DrawContribution commit(long campaignId, Commitment request, CurrentUser user) {
        return refusalsAudited(campaignId, user, () -> {
            Campaign campaign = visible(campaignId, user);
            Contributor contributor = contributorOf(request.contributor());
            CeremonyRules.commitRefusal(campaign, contributor, user.role(), user.province()).ifPresent(reason -> {
                throw CampaignProblem.forbidden(reason);
            });
            checkCommitment(request, contributor);
            if (campaign.status() != CampaignStatus.PLANNED) {
                throw CampaignProblem.conflict("campaign " + campaignId + " is " + campaign.status()
                        + ": commitments are published only before a campaign is opened");
            }
            store.find(campaignId, contributor).ifPresent(published -> {
                throw new Refused(CampaignProblem.conflict("the " + contributor + " commitment was published at "
                        + published.committedAt() + " and cannot change"), AuditEntry.of(
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

    /** Reveals a value after the freeze: refused (and audited) unless it matches its commitment. */
    public DrawContribution reveal(long campaignId, Reveal request, CurrentUser user) {
        return refusalsAudited(campaignId, user, () -> {
            Campaign campaign = visible(campaignId, user);
            Contributor contributor = contributorOf(request.contributor());
            CeremonyRules.revealRefusal(campaign, contributor, user.role(), user.province()).ifPresent(reason -> {
                throw CampaignProblem.forbidden(reason);
            });
            String value = checkedValue(contributor, request);
            if (campaign.status() != CampaignStatus.FROZEN) {
                throw CampaignProblem.conflict("campaign " + campaignId + " is " + campaign.status() + ": values are"
                        + " revealed after the register is frozen and before the draw");
            }
            Map<Contributor, DrawContribution> all = byContributor(campaignId);
            DrawContribution committed = all.get(contributor);
            if (committed == null) {
                throw CampaignProblem.conflict("no " + contributor + " commitment was published for campaign "
                        + campaignId + ": there is nothing to reveal");
            }
            RevealRules.refusal(contributor, committed, all, clock.instant()).ifPresent(refusal -> {
                throw new Refused(CampaignProblem.conflict(refusal), AuditEntry.of("DRAW_REVEAL_REFUSED", "campaign",
                        campaignId).with(Map.of("contributor", contributor.name(), "reason", refusal)));
            });
            checkMatches(campaignId, contributor, committed, value);
            store.reveal(campaignId, contributor, value, clock.instant(), user.username());
            auditLog.record(AuditEntry.of("DRAW_CONTRIBUTION_REVEALED", "campaign", campaignId).with(Map.of(
                    "contributor", contributor.name(), "value", value)));
            drawWhenAllRevealed(campaign);
            return store.find(campaignId, contributor).orElseThrow();
        });
    }

    /** The freeze reveals the server's value, in the freeze's transaction. */
    void revealServer(long campaignId) {
        store.takeServerSecret(campaignId).ifPresent(secret -> {
            store.reveal(campaignId, Contributor.SERVER, secret, clock.instant(), AuditLog.SYSTEM);
            auditLog.record(AuditEntry.of("DRAW_CONTRIBUTION_REVEALED", "campaign", campaignId).with(Map.of(
                    "contributor", Contributor.SERVER.name(), "value", secret)));
        });
    }

    /** Every revealed value, each checked again against its commitment; the draw refuses to run otherwise. */
    Map<Contributor, String> checkedReveals(long campaignId) {
        Map<Contributor, String> values = new EnumMap<>(Contributor.class);
        for (DrawContribution contribution : store.of(campaignId)) {
            if (!contribution.revealed() || !RevealRules.matches(campaignId, contribution, contribution.value())) {
                throw new IllegalStateException("the " + contribution.contributor() + " contribution of campaign "
                        + campaignId + (contribution.revealed() ? " does not match its commitment" : " is not revealed"));
            }
            values.put(contribution.contributor(), contribution.value());
        }
        return values;
    }

    /** What the draw of a frozen campaign still waits for (empty when nothing, or when not frozen). */
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

    /** Whether the campaign may open: its BEACON and SERVER commitments exist and the beacon is not due too soon. */
    void checkReadyToOpen(Campaign campaign) {
        Map<Contributor, DrawContribution> all = byContributor(campaign.id());
        DrawContribution beacon = all.get(Contributor.BEACON);
        if (beacon == null) {
            throw CampaignProblem.conflict("name the public random value (source and time it is published) before"
                    + " opening: the seed is committed before the register is frozen");
        }
        if (!all.containsKey(Contributor.SERVER)) {
            commitServer(campaign.id(), AuditLog.SYSTEM);
        }
        Instant latest = beacon.beaconDueAt().minus(settings.beaconMinimumLead());
        if (!clock.instant().isBefore(latest)) {
            throw CampaignProblem.conflict("the public random value (" + beacon.beaconSource() + ") is due at "
                    + beacon.beaconDueAt() + ": a campaign opens at least " + settings.beaconMinimumLead().toMinutes()
                    + " minutes before, so its register is frozen while the value is unknown; this campaign can no"
                    + " longer be opened — plan it again with a later public value");
        }
    }

    private void drawWhenAllRevealed(Campaign campaign) {
        if (store.of(campaign.id()).stream().allMatch(DrawContribution::revealed)) {
            runtime.createMessageCorrelation(CampaignProcess.SEED_REVEALED_MESSAGE)
                    .processInstanceId(campaign.processInstanceId()).correlate();
        }
    }

    private void checkMatches(long campaignId, Contributor contributor, DrawContribution committed, String value) {
        if (!RevealRules.matches(campaignId, committed, value)) {
            String entered = SeedCeremony.commitment(campaignId, contributor, value);
            throw new Refused(CampaignProblem.invalid(List.of(new FieldError("value", "does not match the "
                    + contributor + " commitment published at " + committed.committedAt() + ": the commitment is "
                    + committed.commitmentSha256() + ", this value gives " + entered))),
                    AuditEntry.of("DRAW_REVEAL_REFUSED", "campaign", campaignId).with(Map.of("contributor",
                            contributor.name(), "reason", "does not match its commitment", "gives", entered)));
        }
    }

    private void checkCommitment(Commitment request, Contributor contributor) {
        List<FieldError> errors = new ArrayList<>();
        if (contributor == Contributor.BEACON) {
            String source = request.beaconSource() == null ? "" : request.beaconSource().strip();
            if (source.isEmpty() || source.length() > 300 || source.contains("\n") || source.contains("\r")) {
                errors.add(new FieldError("beaconSource", "must be one line of 1 to 300 characters"));
            }
            if (request.beaconDueAt() == null) {
                errors.add(new FieldError("beaconDueAt", "must not be null"));
            } else if (!request.beaconDueAt().toInstant().isAfter(clock.instant().plus(settings.beaconMinimumLead()))) {
                errors.add(new FieldError("beaconDueAt", "must be more than " + settings.beaconMinimumLead().toMinutes()
                        + " minutes from now, so the register is frozen before the value is known"));
            }
        } else if (!SeedCeremony.isSha256(request.sha256())) {
            errors.add(new FieldError("sha256", "must be a SHA-256 in 64 lowercase hexadecimal digits"));
        }
        if (!errors.isEmpty()) {
            throw CampaignProblem.invalid(errors);
        }
    }

    private static String checkedValue(Contributor contributor, Reveal request) {
        String value = contributor == Contributor.BEACON && request.value() != null
                ? SeedCeremony.normaliseBeacon(request.value()) : request.value();
        List<FieldError> errors = new ArrayList<>();
        SeedCeremony.invalidValue(contributor, value).ifPresent(reason -> errors.add(new FieldError("value", reason)));
        if (contributor == Contributor.BEACON && errors.isEmpty() && (request.confirmValue() == null
                || !value.equals(SeedCeremony.normaliseBeacon(request.confirmValue())))) {
            errors.add(new FieldError("confirmValue", "must repeat the value exactly"));
        }
        if (!errors.isEmpty()) {
            throw CampaignProblem.invalid(errors);
        }
        return value;
    }

    private static Contributor contributorOf(Contributor contributor) {
        if (contributor == null) {
            throw CampaignProblem.invalid(List.of(new FieldError("contributor", "must not be null")));
        }
        return contributor;
    }

    private Campaign visible(long campaignId, CurrentUser user) {
        return campaigns.lock(campaignId).filter(found -> found.visibleTo(user))
                .orElseThrow(() -> CampaignProblem.notFound(campaignId));
    }

    private Map<Contributor, DrawContribution> byContributor(long campaignId) {
        Map<Contributor, DrawContribution> all = new EnumMap<>(Contributor.class);
        store.of(campaignId).forEach(contribution -> all.put(contribution.contributor(), contribution));
        return all;
    }

    private void published(long campaignId, Contributor contributor, String commitment, String source, Instant due) {
        Map<String, Object> detail = new java.util.HashMap<>(Map.of("contributor", contributor.name(),
                "commitmentSha256", commitment));
        if (source != null) {
            detail.put("beaconSource", source);
            detail.put("beaconDueAt", due.toString());
        }
        auditLog.record(AuditEntry.of("DRAW_COMMITMENT_PUBLISHED", "campaign", campaignId).with(detail));
    }

    /** Runs the work in a transaction; a refusal rolls it back and is then audited in a transaction of its own. */
    private DrawContribution refusalsAudited(long campaignId, CurrentUser user,
                                             java.util.function.Supplier<DrawContribution> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (Refused refused) {
            auditLog.recordAs(user.username(), refused.entry);
            throw refused.problem;
        }
    }

    /** A refusal that is audited although the request changes nothing. */
    private static final class Refused extends RuntimeException {

        private final transient CampaignProblem problem;
        private final transient AuditEntry entry;

        Refused(CampaignProblem problem, AuditEntry entry) {
            super(problem.getBody().getDetail(), null, false, false);
            this.problem = problem;
            this.entry = entry;
        }
    }
}
