package cn.chuanyu.metrology.planning.draw.v1;

import java.util.List;

/**
 * One party in the draw's selection, in selection order (position 1 has the largest key).
 *
 * @param byMinimum   whether it was taken to honour the minimum of its risk class rather than by rank alone
 * @param team        the drawn inspectors in the order they were drawn; empty when no valid team exists
 * @param teamProblem why no valid team exists, or null
 */
public record DrawnParty(int position, long partyId, String province, String riskClass, long weight, double key,
                         boolean byMinimum, List<Long> team, String teamProblem) {

    public DrawnParty {
        team = List.copyOf(team);
    }

    public boolean hasTeam() {
        return teamProblem == null;
    }
}
