package cn.chuanyu.metrology.recognition.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a supervisor of the receiving province may decide given the table's verdict: accept in full only an
 * eligible request, accept in part (the covered categories) an eligible or partial one, refuse any with a reason.
 */
public final class DecisionRules {

    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String PARTIAL = "PARTIAL";

    private DecisionRules() {
    }

    public static List<FieldProblem> check(String verdict, String decision, String reason) {
        List<FieldProblem> violations = new ArrayList<>();
        switch (decision) {
            case "ACCEPT" -> {
                if (!ELIGIBLE.equals(verdict)) {
                    violations.add(FieldProblem.of("decision", "problem.recognition.acceptOnlyEligible", verdict));
                }
            }
            case "ACCEPT_IN_PART" -> {
                if (!ELIGIBLE.equals(verdict) && !PARTIAL.equals(verdict)) {
                    violations.add(FieldProblem.of("decision", "problem.recognition.nothingCovered", verdict));
                }
            }
            case "REFUSE" -> {
                if (reason == null || reason.isBlank()) {
                    violations.add(FieldProblem.of("reason", "problem.recognition.refusalReason"));
                }
            }
            default -> violations.add(FieldProblem.of("decision", "problem.json.notOneOf", "ACCEPT, ACCEPT_IN_PART, REFUSE"));
        }
        return violations;
    }

    /** The categories a decision recognises: all requested, the covered ones only, or none. */
    public static Set<String> recognised(String decision, Set<String> requested, Set<String> uncovered) {
        Set<String> recognised = new TreeSet<>();
        if (!"REFUSE".equals(decision)) {
            recognised.addAll(requested);
            if ("ACCEPT_IN_PART".equals(decision)) {
                recognised.removeAll(uncovered);
            }
        }
        return recognised;
    }
}
