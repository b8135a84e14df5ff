package cn.chuanyu.metrology.planning.draw;

import java.util.Comparator;
import java.util.List;

/**
 * A rule that left a party, or some of its categories in one province's share, out of a frozen register.
 *
 * @param province     RECOGNISED: the province whose share the categories are left out of; otherwise null
 * @param categories   RECOGNISED: the categories recognised there (ascending); otherwise empty
 * @param inspectionId OPEN_INSPECTION: the party's inspection that is still open; otherwise null
 */
public record PartyExclusion(long partyId, Reason reason, String province, List<String> categories,
                             Long inspectionId) {

    /** The order of the published list: party id, then reason code, then province. */
    public static final Comparator<PartyExclusion> ORDER = Comparator.comparingLong(PartyExclusion::partyId)
            .thenComparing(exclusion -> exclusion.reason().name())
            .thenComparing(exclusion -> exclusion.province() == null ? "" : exclusion.province());

    public PartyExclusion {
        categories = categories == null ? List.of() : RegisterLine.sorted(categories);
    }

    public static PartyExclusion openInspection(long partyId, long inspectionId) {
        return new PartyExclusion(partyId, Reason.OPEN_INSPECTION, null, List.of(), inspectionId);
    }

    public static PartyExclusion recognised(long partyId, String province, List<String> categories) {
        return new PartyExclusion(partyId, Reason.RECOGNISED, province, categories, null);
    }

    /** Why a party, or part of it, is not in the register. */
    public enum Reason {
        /** the party has an inspection that is not closed yet: it is left out entirely */
        OPEN_INSPECTION,
        /** a mutual recognition (结果互认) in force in the province covers these categories there */
        RECOGNISED
    }
}
