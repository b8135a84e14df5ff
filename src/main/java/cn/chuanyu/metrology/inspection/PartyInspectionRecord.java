package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What past inspections say about one party, for risk weights and for keeping the same team away next time.
 * A party never decided has null outcome and date, zero findings and an empty team.
 */
public record PartyInspectionRecord(long partyId, Outcome lastOutcome, LocalDate lastInspectedOn,
                                    int openFindings, int openMajorOrCriticalFindings, List<Long> lastTeam) {
}
