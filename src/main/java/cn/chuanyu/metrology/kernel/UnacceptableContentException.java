package cn.chuanyu.metrology.kernel;

import java.util.List;

/** An uploaded file refused for what it is rather than for a rule: too large (HTTP 413) or of a type not taken (415). */
public final class UnacceptableContentException extends RefusedException {

    /** Why the content is refused. */
    public enum Why { TOO_LARGE, UNSUPPORTED_TYPE }

    private final Why why;

    public UnacceptableContentException(Why why, FieldProblem problem) {
        super(problem.reason(), List.of(problem));
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
