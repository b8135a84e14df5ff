package cn.chuanyu.metrology.planning.draw;

import cn.chuanyu.metrology.kernel.Message;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The commit–reveal rule of {@code chuanyu-draw/2}: how a contribution is committed, what a valid revealed value
 * is, and how the seed follows from the frozen inputs and the revealed values. Every text here is in the README.
 */
public final class SeedCeremony {

    /** Shortest and longest secret a supervisor may commit to (characters). */
    public static final int SECRET_MIN = 16;
    public static final int SECRET_MAX = 200;
    public static final int BEACON_MAX = 200;

    private static final Pattern SERVER_VALUE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private SeedCeremony() {
    }

    /** SHA-256 of {@code chuanyu-draw/2 commitment\ncampaign=C\ncontributor=X\nvalue=V\n}. */
    public static String commitment(long campaignId, Contributor contributor, String value) {
        return Sha256.hex(Draw.ALGORITHM + " commitment\ncampaign=" + campaignId + "\ncontributor=" + contributor
                + "\nvalue=" + value + "\n");
    }

    /** SHA-256 of {@code chuanyu-draw/2 beacon\ncampaign=C\nsource=…\ndueAt=…\n}: the naming of the beacon. */
    public static String beaconCommitment(long campaignId, String source, Instant dueAt) {
        return Sha256.hex(Draw.ALGORITHM + " beacon\ncampaign=" + campaignId + "\nsource=" + source
                + "\ndueAt=" + dueAt.truncatedTo(ChronoUnit.SECONDS) + "\n");
    }

    /** The beacon's value as it enters the seed: trimmed, every run of white space made one space. */
    public static String normaliseBeacon(String typed) {
        return WHITESPACE.matcher(typed.strip()).replaceAll(" ");
    }

    /** Why a value cannot be this contributor's reveal (empty when it can); the hash is checked separately. */
    public static Optional<Message> invalidValue(Contributor contributor, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(Message.of("problem.required"));
        }
        if (contributor == Contributor.SERVER) {
            return SERVER_VALUE.matcher(value).matches() ? Optional.empty()
                    : Optional.of(Message.of("problem.draw.serverValue"));
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return Optional.of(Message.of("problem.campaign.oneLine"));
        }
        if (contributor == Contributor.BEACON) {
            return value.length() > BEACON_MAX ? Optional.of(Message.of("problem.atMostCharacters", BEACON_MAX))
                    : Optional.empty();
        }
        return value.length() < SECRET_MIN || value.length() > SECRET_MAX
                ? Optional.of(Message.of("problem.lengthBetween", SECRET_MIN, SECRET_MAX)) : Optional.empty();
    }

    /** Whether the text is a SHA-256 as the draw writes it: 64 lowercase hexadecimal digits. */
    public static boolean isSha256(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    /**
     * The seed S: hex SHA-256 of {@code chuanyu-draw/2 seed\ncampaign=C\nfrozen=<frozenSha256>\n} followed by one
     * line {@code <contributor>=<value>\n} per revealed contribution, contributors in ascending code order.
     */
    public static String seed(long campaignId, String frozenSha256, Map<Contributor, String> reveals) {
        StringBuilder text = new StringBuilder(Draw.ALGORITHM).append(" seed\ncampaign=").append(campaignId)
                .append("\nfrozen=").append(frozenSha256).append('\n');
        new TreeMap<>(reveals).forEach((contributor, value) ->
                text.append(contributor).append('=').append(value).append('\n'));
        return Sha256.hex(text.toString());
    }

    /** The hash over all inputs: {@code frozen=<frozenSha256>\nseed=<S>\n}. */
    public static String inputsSha256(String frozenSha256, String seed) {
        return Sha256.hex("frozen=" + frozenSha256 + "\nseed=" + seed + "\n");
    }
}
