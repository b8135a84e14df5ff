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
import cn.chuanyu.metrology.planning.process.CampaignProcess;
import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reveals of the seed ceremony: after the freeze each committed value is revealed once and taken only when it
 * hashes to its commitment (a differing one is refused and audited); when the last is in, the Campaign process is
 * told to draw. The draw checks every value again before it runs.
 */
@Service
public class Reveals {

    private final ContributionStore store;
    private final CampaignStore campaigns;
    private final AuditLog auditLog;
    private final AuditedRefusals refusals;
    private final RuntimeService runtime;
    private final Clock clock;

    Reveals(ContributionStore store, CampaignStore campaigns, AuditLog auditLog, AuditedRefusals refusals,
            RuntimeService runtime, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.auditLog = auditLog;
        this.refusals = refusals;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** A reveal: the value, and for the BEACON the same value typed again. */
    public record Reveal(Contributor contributor, String value, String confirmValue) {
    }

    /** Reveals a value after the freeze: refused (and audited) unless it matches its commitment. */
    public DrawContribution reveal(long campaignId, Reveal request, CurrentUser user) {
        return refusals.run(user, () -> {
            Campaign campaign = campaigns.lock(campaignId).filter(found -> found.visibleTo(user))
                    .orElseThrow(() -> Campaigns.notFound(campaignId));
            Contributor contributor = contributorOf(request.contributor());
            CeremonyRules.revealRefusal(campaign, contributor, user.role(), user.province()).ifPresent(reason -> {
                throw new ForbiddenException(reason);
            });
            String value = checkedValue(contributor, request);
            if (campaign.status() != CampaignStatus.FROZEN) {
                throw new ConflictException("problem.draw.revealOnlyFrozen", campaignId,
                        Message.of("campaign.status." + campaign.status()));
            }
            Map<Contributor, DrawContribution> all = new EnumMap<>(Contributor.class);
            store.of(campaignId).forEach(contribution -> all.put(contribution.contributor(), contribution));
            DrawContribution committed = all.get(contributor);
            if (committed == null) {
                throw new ConflictException("problem.draw.nothingToReveal",
                        Message.of("campaign.contributor." + contributor), campaignId);
            }
            RevealRules.refusal(contributor, committed, all, clock.instant()).ifPresent(refusal -> {
                throw AuditedRefusals.refused(new ConflictException(refusal), AuditEntry.of("DRAW_REVEAL_REFUSED",
                        "campaign", campaignId).with(Map.of("contributor", contributor.name(), "reason", refusal.code())));
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

    private void drawWhenAllRevealed(Campaign campaign) {
        if (store.of(campaign.id()).stream().allMatch(DrawContribution::revealed)) {
            runtime.createMessageCorrelation(CampaignProcess.SEED_REVEALED_MESSAGE)
                    .processInstanceId(campaign.processInstanceId()).correlate();
        }
    }

    private static void checkMatches(long campaignId, Contributor contributor, DrawContribution committed,
                                     String value) {
        if (!RevealRules.matches(campaignId, committed, value)) {
            String entered = SeedCeremony.commitment(campaignId, contributor, value);
            throw AuditedRefusals.refused(new InvalidInputException("value", "problem.draw.revealMismatch",
                    Message.of("campaign.contributor." + contributor), committed.committedAt(),
                    committed.commitmentSha256(), entered),
                    AuditEntry.of("DRAW_REVEAL_REFUSED", "campaign", campaignId).with(Map.of("contributor",
                            contributor.name(), "reason", "does not match its commitment", "gives", entered)));
        }
    }

    private static String checkedValue(Contributor contributor, Reveal request) {
        String value = contributor == Contributor.BEACON && request.value() != null
                ? SeedCeremony.normaliseBeacon(request.value()) : request.value();
        List<FieldProblem> errors = new ArrayList<>();
        SeedCeremony.invalidValue(contributor, value).ifPresent(reason -> errors.add(new FieldProblem("value", reason)));
        if (contributor == Contributor.BEACON && errors.isEmpty() && (request.confirmValue() == null
                || !value.equals(SeedCeremony.normaliseBeacon(request.confirmValue())))) {
            errors.add(FieldProblem.of("confirmValue", "problem.draw.confirmValue"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return value;
    }

    static Contributor contributorOf(Contributor contributor) {
        if (contributor == null) {
            throw new InvalidInputException("contributor", "problem.required");
        }
        return contributor;
    }
}
