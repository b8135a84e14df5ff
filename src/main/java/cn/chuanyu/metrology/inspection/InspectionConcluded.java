package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;

/**
 * Published in the transaction of the step that records an inspection's outcome (and again when a rectification
 * ends in a referral, which turns it into FAIL), so other modules can react to a revoked or new result.
 */
public record InspectionConcluded(long inspectionId, long partyId, String province, LocalDate inspectedOn,
                                  Outcome outcome) {
}
