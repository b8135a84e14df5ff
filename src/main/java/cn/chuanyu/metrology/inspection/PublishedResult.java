package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection's result as the public disclosure (结果公示) shows it: no people, only the party, the plan it
 * belongs to, the items checked with the result of each, the outcome and the dates.
 *
 * @param campaignId  the plan (抽查计划) that drew the party, or null for an inspection opened by hand
 * @param rectifiedOn the day a rectification was accepted, else null
 * @param completedOn the day the inspection was closed (办结), else null
 */
public record PublishedResult(long inspectionId, long partyId, String province, Long campaignId,
                              LocalDate inspectedOn, Outcome outcome, boolean referredForEnforcement,
                              LocalDate rectifiedOn, LocalDate completedOn, List<CheckedItem> items) {

    /** One checklist item and its result: {@code severity} of the worst finding on it, or null when it conformed. */
    public record CheckedItem(String code, String titleZh, String titleEn, String severity) {
    }
}
