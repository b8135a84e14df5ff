package cn.chuanyu.metrology.planning.draw;

import java.util.Comparator;
import java.util.List;

/**
 * One party in a frozen register, with everything the draw reads about it. Lists are kept ascending.
 *
 * @param homeProvince         the party's home province
 * @param shares               the campaign provinces whose share the party is in: it operates there and is not
 *                             exempt there for every category
 * @param categories           the categories the party is drawn for: the campaign's categories it works in, less
 *                             those recognised in every share; a team must be qualified for all of them
 * @param weight               a positive integer from the risk-weight table (after the floor)
 * @param previousTeam         inspectors of the party's last decided inspection, who may not go again
 * @param conflictInspectorIds inspectors with a declared conflict of interest with the party (回避)
 */
public record RegisterLine(long partyId, String homeProvince, List<String> shares, String riskClass, long weight,
                           List<String> categories, List<Long> previousTeam, List<Long> conflictInspectorIds) {

    public RegisterLine {
        if (weight < 1) {
            throw new IllegalArgumentException("weight of party " + partyId + " must be at least 1");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("party " + partyId + " is drawn for no category");
        }
        shares = sorted(shares);
        categories = sorted(categories);
        previousTeam = previousTeam.stream().distinct().sorted().toList();
        conflictInspectorIds = conflictInspectorIds.stream().distinct().sorted().toList();
    }

    static List<String> sorted(List<String> codes) {
        return codes.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
