package cn.chuanyu.metrology.kernel;

import java.util.List;

/** Input that breaks the rules, every wrong field named with its reason: HTTP 400 with {@code errors}. */
public final class InvalidInputException extends RefusedException {

    public static final String DETAIL = "problem.invalidInput";

    public InvalidInputException(List<FieldProblem> problems) {
        super(Message.of(DETAIL, problems.size()), requireSome(problems));
    }

    public InvalidInputException(String field, String code, Object... arguments) {
        this(List.of(FieldProblem.of(field, code, arguments)));
    }

    private static List<FieldProblem> requireSome(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("invalid input names at least one field");
        }
        return problems;
    }
}
