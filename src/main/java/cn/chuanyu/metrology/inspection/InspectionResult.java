package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;

/** The approved result of one inspection, as published and as other modules read it. */
public record InspectionResult(long inspectionId, long partyId, String province, LocalDate inspectedOn,
                               Outcome outcome, boolean referredForEnforcement) {
}
