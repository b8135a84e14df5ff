package cn.chuanyu.metrology.inspection.rules;

/** One broken rule, naming the request field it concerns. */
public record Violation(String field, String message) {
}
