package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a finding (不符合项) must say: an item of the party's own checklist, a clause, a severity and a
 * description of bounded length.
 */
public final class FindingRules {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_CLAUSE = 120;
    public static final Set<String> SEVERITIES = Set.of("MINOR", "MAJOR", "CRITICAL");

    private FindingRules() {
    }

    /** The broken rules of one finding; {@code checklist} holds the item codes of the party's kind. */
    public static List<FieldProblem> check(String prefix, String checklistItem, String clause, String severity,
                                        String description, Set<String> checklist) {
        List<FieldProblem> violations = new ArrayList<>();
        if (checklistItem == null || !checklist.contains(checklistItem)) {
            violations.add(FieldProblem.of(prefix + "checklistItem", "problem.finding.notOnChecklist"));
        }
        if (clause != null && clause.length() > MAX_CLAUSE) {
            violations.add(FieldProblem.of(prefix + "clause", "problem.atMostCharacters", MAX_CLAUSE));
        }
        if (severity == null || !SEVERITIES.contains(severity)) {
            violations.add(FieldProblem.of(prefix + "severity", "problem.json.notOneOf", "MINOR, MAJOR, CRITICAL"));
        }
        if (description == null || description.isBlank()) {
            violations.add(FieldProblem.of(prefix + "description", "problem.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            violations.add(FieldProblem.of(prefix + "description", "problem.atMostCharacters",
                    MAX_DESCRIPTION));
        }
        return violations;
    }
}
