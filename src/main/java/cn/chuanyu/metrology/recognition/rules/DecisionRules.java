package cn.chuanyu.metrology.recognition.rules;

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

    public static List<Violation> check(String verdict, String decision, String reason) {
        List<Violation> violations = new ArrayList<>();
        switch (decision) {
            case "ACCEPT" -> {
                if (!ELIGIBLE.equals(verdict)) {
                    violations.add(new Violation("decision", "the verdict is " + verdict
                            + ": only an ELIGIBLE request can be accepted in full"));
                }
            }
            case "ACCEPT_IN_PART" -> {
                if (!ELIGIBLE.equals(verdict) && !PARTIAL.equals(verdict)) {
                    violations.add(new Violation("decision", "the verdict is " + verdict
                            + ": nothing is covered, so nothing can be accepted"));
                }
            }
            case "REFUSE" -> {
                if (reason == null || reason.isBlank()) {
                    violations.add(new Violation("reason", "a refusal must give its reason"));
                }
            }
            default -> violations.add(new Violation("decision", "must be ACCEPT, ACCEPT_IN_PART or REFUSE"));
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
