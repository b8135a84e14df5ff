package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawParameters;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import cn.chuanyu.metrology.planning.draw.FrozenInputs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's draw under {@code chuanyu-draw/2} as everyone may read it (一公开), without an account, from the moment
 * the campaign is planned: the commitments with their times; after the freeze the frozen inputs (parameters,
 * planned days, register, inspector pool, previous teams and conflicts as inspector ids, what was left out and
 * why) and their hashes; once drawn the revealed values, the seed and the whole result (selection with keys and
 * planned dates, teams in picking order, passed-over candidates, structured team problems). Reasons of conflicts,
 * names and contact data of staff are never in it.
 *
 * @param waitingFor what the draw waits for after the freeze, until every contribution is revealed
 * @param opening    the capacity check when the campaign was opened: parties to draw, teams the pool could staff,
 *                   the shortfall and whether opening with it was confirmed
 * @param parties    the credit code and name of each drawn party, as the public results show them
 */
public record PublicDraw(String algorithm, long campaignId, String campaignName, CampaignStatus status,
                         Long seriesId, LocalDate occurrenceDate, LocalDate windowStart, LocalDate windowEnd,
                         DrawParameters parameters, List<DrawContribution> contributions,
                         List<Contributions.Waiting> waitingFor, Opening opening, Instant frozenAt,
                         LocalDate frozenOn, FrozenInputs frozen, Hashes hashes, String seed, Instant drawnAt,
                         DrawResult result, List<DrawnPartyName> parties) implements DrawDocument {

    /** The hashes of the README's byte forms; null until what they cover exists. */
    public record Hashes(String register, String inspectors, String partyExclusions, String inspectorExclusions,
                         String frozen, String inputs, String result) {
    }

    /** The capacity check at opening; confirmed: someone confirmed opening although not every party can be staffed. */
    public record Opening(CampaignCapacity capacity, boolean shortfallConfirmed, Instant confirmedAt) {
    }

    /** A drawn party as the public results show it. */
    public record DrawnPartyName(int position, long partyId, String creditCode, String name) {
    }
}
