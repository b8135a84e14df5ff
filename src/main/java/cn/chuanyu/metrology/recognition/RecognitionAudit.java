package cn.chuanyu.metrology.recognition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The essential values of a recognition request and decision as the audit log keeps them. */
final class RecognitionAudit {

    private RecognitionAudit() {
    }

    static Map<String, Object> request(RecognitionRequest request, String fromProvince) {
        var values = new LinkedHashMap<String, Object>();
        values.put("partyId", request.partyId());
        values.put("basis", request.basisOrDefault().name());
        if (request.inspectionId() != null) {
            values.put("inspectionId", request.inspectionId());
        }
        values.put("fromProvince", fromProvince);
        values.put("province", request.province());
        values.put("categories", String.join(",", new TreeSet<>(request.categories())));
        values.put("validUntil", request.validUntil().toString());
        values.put("onBehalfOfParty", request.onBehalfOfParty());
        return values;
    }

    static Map<String, Object> decision(RecognitionView row, Decision decision, String reason,
                                        Set<String> recognised) {
        var values = new LinkedHashMap<String, Object>();
        values.put("partyId", row.partyId());
        values.put("province", row.province());
        values.put("verdict", String.valueOf(row.verdict()));
        values.put("decision", decision.name());
        values.put("reason", reason == null ? "" : reason);
        values.put("recognisedCategories", String.join(",", new TreeSet<>(recognised)));
        values.put("validUntil", String.valueOf(row.validUntil()));
        return values;
    }
}
