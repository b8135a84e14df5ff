package cn.chuanyu.metrology.planning.draw.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a draw produced: the selection in order with keys and teams, and every inspector exclusion with its reason.
 *
 * @param sampleSize the number asked for by count or ratio, before the minimums per risk class
 */
public record DrawResult(String algorithmVersion, int registerSize, int sampleSize, List<DrawnParty> selection,
                         List<InspectorExclusion> inspectorExclusions) {

    public DrawResult {
        selection = List.copyOf(selection);
        inspectorExclusions = List.copyOf(inspectorExclusions);
    }

    /** Where this result differs from another (at most {@code limit} lines); empty when they match exactly. */
    public List<String> differencesFrom(DrawResult other, int limit) {
        List<String> differences = new ArrayList<>();
        compare(differences, "algorithmVersion", algorithmVersion, other.algorithmVersion);
        compare(differences, "registerSize", registerSize, other.registerSize);
        compare(differences, "selection size", selection.size(), other.selection.size());
        for (int i = 0; i < Math.min(selection.size(), other.selection.size()); i++) {
            compare(differences, "selection position " + (i + 1), selection.get(i), other.selection.get(i));
        }
        compare(differences, "inspector exclusions size", inspectorExclusions.size(), other.inspectorExclusions.size());
        for (int i = 0; i < Math.min(inspectorExclusions.size(), other.inspectorExclusions.size()); i++) {
            compare(differences, "inspector exclusion " + (i + 1), inspectorExclusions.get(i),
                    other.inspectorExclusions.get(i));
        }
        return differences.subList(0, Math.min(limit, differences.size()));
    }

    private static void compare(List<String> differences, String what, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(what + ": " + mine + " vs " + theirs);
        }
    }
}
