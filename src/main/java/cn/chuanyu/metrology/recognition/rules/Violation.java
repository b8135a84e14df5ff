package cn.chuanyu.metrology.recognition.rules;

/** One broken rule, naming the request field it concerns. */
public record Violation(String field, String reason) {
}
