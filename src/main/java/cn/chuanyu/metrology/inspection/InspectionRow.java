package cn.chuanyu.metrology.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code inspection}. */
record InspectionRow(long id, long partyId, String province, Long campaignId, LocalDate plannedDate, String status,
                     Outcome outcome, boolean referredForEnforcement, String processInstanceId,
                     LocalDate inspectedOn, Long approvedByStaffId, LocalDate rectificationDeadline,
                     int rectificationRound, int rectificationRejections, String openedBy, Instant openedAt,
                     Instant closedAt, int version, boolean rectificationDeadlineProvisional,
                     LocalDate rectifiedOn) {
}
