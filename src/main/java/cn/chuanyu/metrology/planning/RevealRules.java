package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * When a revealed value is taken. A supervisor's secret is revealed before the public value is out (before it is
 * entered and before it is due), so nobody can choose to reveal or withhold knowing the outcome; the public value
 * is entered once every secret is revealed. A value is revealed once.
 */
final class RevealRules {

    private RevealRules() {
    }

    static Optional<Message> refusal(Contributor contributor, DrawContribution committed,
                                    Map<Contributor, DrawContribution> all, Instant now) {
        if (committed.revealed()) {
            return Optional.of(Message.of("problem.draw.revealedAlready", CeremonyRules.contributorName(contributor),
                    committed.revealedAt()));
        }
        DrawContribution beacon = all.get(Contributor.BEACON);
        if (contributor == Contributor.BEACON) {
            return all.values().stream().filter(other -> other.contributor().province() != null && !other.revealed())
                    .findFirst().map(other -> Message.of("problem.draw.secretsFirst",
                            CeremonyRules.contributorName(other.contributor())));
        }
        if (beacon.revealed() || !now.isBefore(beacon.beaconDueAt())) {
            return Optional.of(Message.of("problem.draw.secretTooLate", beacon.beaconDueAt()));
        }
        return Optional.empty();
    }

    /** Whether the value is the one committed: the hash of its commitment text, or for the BEACON its form. */
    static boolean matches(long campaignId, DrawContribution committed, String value) {
        if (committed.contributor() == Contributor.BEACON) {
            return SeedCeremony.beaconCommitment(campaignId, committed.beaconSource(), committed.beaconDueAt())
                    .equals(committed.commitmentSha256()) && value.equals(SeedCeremony.normaliseBeacon(value));
        }
        return SeedCeremony.commitment(campaignId, committed.contributor(), value).equals(committed.commitmentSha256());
    }
}
