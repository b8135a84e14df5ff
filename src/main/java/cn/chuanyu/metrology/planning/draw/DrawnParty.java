package cn.chuanyu.metrology.planning.draw;

import java.time.LocalDate;
import java.util.List;

/**
 * One party of a draw's selection, in selection order (position 1 has the largest key).
 *
 * @param keyBits     the key's IEEE-754 binary64 bits as 16 lowercase hex digits: what the hashes and comparisons use
 * @param byMinimum   taken to honour the minimum of its risk class rather than by rank alone
 * @param plannedDate the planned day of its inspection
 * @param team        the drawn inspectors in picking order; empty when no team could be drawn
 * @param excluded    the candidates passed over, each with its reason, in the party's candidate order
 * @param teamProblem why no team could be drawn, or null
 */
public record DrawnParty(int position, long partyId, double key, String keyBits, boolean byMinimum,
                         LocalDate plannedDate, List<Long> team, List<TeamExclusion> excluded,
                         TeamProblem teamProblem) {

    public DrawnParty {
        team = List.copyOf(team);
        excluded = List.copyOf(excluded);
    }

    public boolean hasTeam() {
        return teamProblem == null;
    }

    /** The 16 hex digits of a key's bits. */
    public static String bits(double key) {
        return String.format("%016x", Double.doubleToRawLongBits(key));
    }
}
