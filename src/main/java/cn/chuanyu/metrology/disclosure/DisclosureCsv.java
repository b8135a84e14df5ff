package cn.chuanyu.metrology.disclosure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The open-data CSV of published results: UTF-8 with a BOM (so spreadsheet programs read the Chinese), one line
 * per result, items as {@code 检查事项：结果} joined by {@code ；}. Columns are documented in the README.
 */
final class DisclosureCsv {

    static final String HEADER = "plan_no,plan_name,task_no,inspection_type,inspection_type_name,authority,"
            + "party_name,credit_code,province,items_checked,outcome,result,inspected_on,completed_on,published_on";

    private DisclosureCsv() {
    }

    static String write(List<Disclosure> disclosures) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append('\n');
        for (Disclosure d : disclosures) {
            csv.append(String.join(",", cell(d.planNo()), cell(d.planName()), cell(d.taskNo()),
                    cell(d.inspectionType()), cell(d.inspectionTypeName()), cell(d.authority()), cell(d.partyName()),
                    cell(d.creditCode()), cell(d.province()), cell(d.items().stream()
                            .map(i -> i.item() + "：" + i.result()).collect(Collectors.joining("；"))),
                    cell(d.outcome()), cell(d.result()), cell(d.inspectedOn()), cell(d.completedOn()),
                    cell(d.publishedOn()))).append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
