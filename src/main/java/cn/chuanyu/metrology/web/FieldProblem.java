package cn.chuanyu.metrology.web;

/** One invalid input field and why it is invalid, as listed in a problem+json {@code errors} property. */
public record FieldProblem(String field, String reason) {
}
