package cn.chuanyu.metrology.planning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The essential values of a campaign's acts as the audit log keeps them: its parameters and its seed. */
final class CampaignAudit {

    private CampaignAudit() {
    }

    static Map<String, Object> parameters(NewCampaign campaign) {
        var values = new LinkedHashMap<String, Object>();
        values.put("name", campaign.name());
        values.put("partyKind", campaign.partyKind().name());
        values.put("categories", String.join(",", new TreeSet<>(campaign.categories())));
        values.put("provinces", String.join(",", new TreeSet<>(campaign.provinces())));
        values.put("joint", campaign.joint());
        putIfPresent(values, "sampleCount", campaign.sampleCount());
        putIfPresent(values, "sampleRatio", campaign.sampleRatio() == null ? null
                : campaign.sampleRatio().stripTrailingZeros().toPlainString());
        values.put("minimumPerRiskClass", new java.util.TreeMap<>(campaign.minimumPerRiskClass()).toString());
        values.put("teamSize", campaign.teamSize());
        values.put("loadCap", campaign.loadCap());
        values.put("period", campaign.periodStart() + "/" + campaign.periodEnd());
        values.put("window", campaign.windowStart() + "/" + campaign.windowEnd());
        putIfPresent(values, "seedSource", campaign.seedSource());
        putIfPresent(values, "seedSha256", sha256(campaign.seed()));
        putIfPresent(values, "recurrence", campaign.recurrence());
        return values;
    }

    static Map<String, Object> seed(String seed, String seedSource) {
        var values = new LinkedHashMap<String, Object>();
        values.put("seed", seed);
        values.put("seedSha256", sha256(seed));
        putIfPresent(values, "seedSource", seedSource);
        return values;
    }

    /** Lower-case hex SHA-256 of the seed's UTF-8 bytes; null for none. */
    static String sha256(String seed) {
        if (seed == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
