package cn.chuanyu.metrology.planning.draw.v1;

import java.util.List;

/**
 * One eligible party as frozen in the register at draw time, with everything the draw reads about it.
 *
 * @param categories           the campaign's categories the party works in (sorted): the team must be qualified for them
 * @param riskClass            LOW, MEDIUM or HIGH, for the minimum per risk class
 * @param weight               a positive integer from the risk-weight table (after the floor)
 * @param previousTeam         inspector ids of the party's previous inspection team (sorted), who may not go again
 * @param conflictInspectorIds inspectors with a declared conflict of interest with this party (sorted)
 */
public record RegisterEntry(long partyId, String province, String riskClass, long weight, List<String> categories,
                            List<Long> previousTeam, List<Long> conflictInspectorIds) {

    public RegisterEntry {
        if (weight < 1) {
            throw new IllegalArgumentException("weight of party " + partyId + " must be at least 1");
        }
        categories = List.copyOf(categories);
        previousTeam = List.copyOf(previousTeam);
        conflictInspectorIds = List.copyOf(conflictInspectorIds);
    }
}
