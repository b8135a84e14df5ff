package cn.chuanyu.metrology.planning.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code chuanyu-draw/2} draw produced: the selection in order with keys, planned dates, teams in picking
 * order, the candidates passed over and the structured team problems.
 *
 * @param registerSize  N, the register's lines
 * @param requestedSize n, what the count or ratio asks for (at most N)
 * @param selectionSize n′, the parties selected: n, or more when the minimums per risk class need more
 */
public record DrawResult(String algorithm, int registerSize, int requestedSize, int selectionSize,
                         List<DrawnParty> selection) {

    public DrawResult {
        selection = List.copyOf(selection);
    }

    public String resultSha256() {
        return Sha256.hex(CanonicalText.result(this));
    }

    /** Parties drawn without a team. */
    public long withoutTeam() {
        return selection.stream().filter(drawn -> !drawn.hasTeam()).count();
    }

    /** Where this result differs from another (at most {@code limit} lines); empty when they match exactly. */
    public List<String> differencesFrom(DrawResult other, int limit) {
        List<String> differences = new ArrayList<>();
        compare(differences, "algorithm", algorithm, other.algorithm);
        compare(differences, "registerSize", registerSize, other.registerSize);
        compare(differences, "requestedSize", requestedSize, other.requestedSize);
        compare(differences, "selectionSize", selectionSize, other.selectionSize);
        compare(differences, "selection length", selection.size(), other.selection.size());
        for (int i = 0; i < Math.min(selection.size(), other.selection.size()); i++) {
            compare(differences, "selection position " + (i + 1), selection.get(i), other.selection.get(i));
        }
        return differences.subList(0, Math.min(limit, differences.size()));
    }

    private static void compare(List<String> differences, String what, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(what + ": " + mine + " vs " + theirs);
        }
    }
}
