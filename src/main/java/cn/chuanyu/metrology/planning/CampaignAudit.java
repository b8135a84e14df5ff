package cn.chuanyu.metrology.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The essential values of a campaign's acts as the audit log keeps them: its parameters and its public value. */
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
        putIfPresent(values, "beaconSource", campaign.beaconSource());
        putIfPresent(values, "beaconDueAt", campaign.beaconDueAt() == null ? null : campaign.beaconDueAt().toString());
        putIfPresent(values, "recurrence", campaign.recurrence());
        return values;
    }

    private static void putIfPresent(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
