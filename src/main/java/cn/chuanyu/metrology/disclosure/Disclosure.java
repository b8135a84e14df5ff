package cn.chuanyu.metrology.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * One published inspection result (结果公示) in the fields of the national 双随机、一公开 disclosure; words in
 * Chinese as regulators publish them, codes beside them for machines. No person is named.
 *
 * @param planNo         抽查计划编号, null for an inspection not drawn in a plan
 * @param taskNo         检查任务编号
 * @param inspectionType RANDOM (双随机抽查) or TARGETED (定向检查), with {@code inspectionTypeName}
 * @param authority      检查实施机关: the market regulation bureau of the province
 * @param result         the outcome in words, e.g. 限期整改，已于 2026-12-01 整改合格
 * @param completedOn    办结日期, null while a rectification is still running
 */
public record Disclosure(long id, String planNo, String planName, String taskNo, String inspectionType,
                         String inspectionTypeName, String authority, String partyName, String creditCode,
                         String province, List<Item> items, String outcome, String result, LocalDate inspectedOn,
                         LocalDate completedOn, LocalDate publishedOn) {

    /** One item checked and its result (符合, or 不符合 with the severity of the finding). */
    public record Item(String code, String item, String severity, String result) {
    }
}
