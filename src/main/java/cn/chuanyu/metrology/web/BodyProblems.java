package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.List;

/**
 * What was wrong with the JSON of this request's body (duplicate keys, unknown properties, values of the wrong
 * type), kept with the request until validation adds them to the body's other problems.
 */
record BodyProblems(Object body, List<FieldProblem> problems) {

    private static final String ATTRIBUTE = BodyProblems.class.getName();

    static void keep(Object body, List<FieldProblem> problems) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new BodyProblems(body, List.copyOf(problems)), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The problems read from the given body of this request; empty for any other object. */
    static List<FieldProblem> of(Object body) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object kept = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return kept instanceof BodyProblems problems && problems.body() == body ? problems.problems() : List.of();
    }
}
