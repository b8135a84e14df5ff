package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawInputs;
import cn.chuanyu.metrology.planning.draw.DrawResult;

import java.util.List;

/**
 * The complete, read-only record of a campaign's draw for signed-in users: the frozen inputs (register, inspector
 * pool, parameters, seed), their hashes, the parties left out and why, and the result (selection with keys, teams,
 * inspector exclusions with reasons). Null result: not drawn yet.
 */
public record DrawRecord(long campaignId, String campaignName, String algorithmVersion, String seed,
                         String seedSource, String registerSha256, String inputsSha256, String exemptionSource,
                         List<PartyExclusion> partyExclusions, DrawInputs inputs, DrawResult result) {
}
