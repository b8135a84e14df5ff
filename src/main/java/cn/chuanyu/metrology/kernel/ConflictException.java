package cn.chuanyu.metrology.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The request clashes with the current state (a stale version, a key already taken, a step already done or not
 * yet due): HTTP 409, naming the field when one value is the cause.
 */
public final class ConflictException extends RefusedException {

    public ConflictException(Message detail) {
        super(detail, List.of());
    }

    public ConflictException(String code, Object... arguments) {
        this(Message.of(code, arguments));
    }

    /** A conflict caused by the value of one field, e.g. a credit code that is already registered. */
    public ConflictException(FieldProblem cause) {
        super(cause.reason(), List.of(cause));
    }

    /** The field whose value conflicts, if one does. */
    public Optional<String> field() {
        return problems().stream().map(FieldProblem::field).findFirst();
    }
}
