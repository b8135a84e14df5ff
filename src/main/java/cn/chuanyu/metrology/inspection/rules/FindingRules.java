package cn.chuanyu.metrology.inspection.rules;

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
    public static List<Violation> check(String prefix, String checklistItem, String clause, String severity,
                                        String description, Set<String> checklist) {
        List<Violation> violations = new ArrayList<>();
        if (checklistItem == null || !checklist.contains(checklistItem)) {
            violations.add(new Violation(prefix + "checklistItem", "is not an item of this party's checklist"));
        }
        if (clause != null && clause.length() > MAX_CLAUSE) {
            violations.add(new Violation(prefix + "clause", "must be at most " + MAX_CLAUSE + " characters"));
        }
        if (severity == null || !SEVERITIES.contains(severity)) {
            violations.add(new Violation(prefix + "severity", "must be one of MINOR, MAJOR, CRITICAL"));
        }
        if (description == null || description.isBlank()) {
            violations.add(new Violation(prefix + "description", "must not be blank"));
        } else if (description.length() > MAX_DESCRIPTION) {
            violations.add(new Violation(prefix + "description",
                    "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        return violations;
    }
}
