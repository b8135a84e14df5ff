package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What a notice to the inspected party says about its inspection, read when the notice is written.
 *
 * @param outcome     PASS, RECTIFY or FAIL once decided, else null
 * @param rectifiedOn the day a rectification was accepted, else null
 */
public record InspectionNotice(long id, long partyId, String province, String status, LocalDate plannedDate,
                               LocalDate inspectedOn, String outcome, boolean referredForEnforcement,
                               LocalDate rectificationDeadline, int rectificationRound, List<String> teamZh,
                               List<String> teamEn, List<FindingLine> findings,
                               boolean rectificationDeadlineProvisional, LocalDate rectifiedOn) {

    /** One finding as the party reads it. */
    public record FindingLine(String checklistItem, String clause, String severity, String description,
                              boolean open) {
    }
}
