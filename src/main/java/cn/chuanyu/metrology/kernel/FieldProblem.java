package cn.chuanyu.metrology.kernel;

import java.util.Objects;

/**
 * One invalid input field and why: answered as {@code {field, reason}} in a problem's {@code errors}, shown
 * beside the field on a page. The field is the request's own path ({@code products[1].categoryCode}).
 */
public record FieldProblem(String field, Message reason) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, Message.of(code, arguments));
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
