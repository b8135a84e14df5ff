package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to inspect one party with a team of inspectors on a planned date.
 *
 * @param campaignId the campaign that drew the party, or null for an inspection a supervisor opens directly
 */
public record OpenInspection(long partyId, List<Long> inspectorIds, LocalDate plannedDate, Long campaignId) {
}
