package cn.chuanyu.metrology.recognition.rules;

import java.util.Set;
import java.util.TreeSet;

/** How much of the requested scope (instrument categories) the recognised result covers. */
public enum Coverage {
    FULL, PARTIAL, NONE;

    public static Coverage of(Set<String> requested, Set<String> inspected) {
        Set<String> uncovered = uncovered(requested, inspected);
        if (uncovered.isEmpty()) {
            return FULL;
        }
        return uncovered.size() == requested.size() ? NONE : PARTIAL;
    }

    /** The requested categories the result does not cover, sorted. */
    public static Set<String> uncovered(Set<String> requested, Set<String> inspected) {
        Set<String> uncovered = new TreeSet<>(requested);
        uncovered.removeAll(inspected);
        return uncovered;
    }
}
