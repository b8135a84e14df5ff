package cn.chuanyu.metrology.kernel;

import java.util.List;

/**
 * A request refused by a rule of the product, of one of a few kinds that each have one answer (one HTTP status,
 * one way to show it on a page). Modules throw these; one advice words them for the reader.
 */
public abstract sealed class RefusedException extends RuntimeException
        permits NotFoundException, ForbiddenException, ConflictException, InvalidInputException,
        UnacceptableContentException {

    private final transient Message detail;
    private final transient List<FieldProblem> problems;

    RefusedException(Message detail, List<FieldProblem> problems) {
        super(detail + (problems.isEmpty() ? "" : " " + problems));
        this.detail = detail;
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, for the reader. */
    public Message detail() {
        return detail;
    }

    /** The fields to blame, each with its reason; empty when no one field is. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
