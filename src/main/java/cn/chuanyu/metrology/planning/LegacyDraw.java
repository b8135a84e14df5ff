package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.v1.DrawInputs;
import cn.chuanyu.metrology.planning.draw.v1.DrawResult;
import cn.chuanyu.metrology.planning.draw.v1.PartyExclusion;

import java.util.List;

/**
 * A draw made under {@code chuanyu-draw/1}, published whole: the seed typed then and the public value it named, the
 * inputs (register with previous teams and conflicts as ids, inspector pool, parameters), the hashes of /1 and the
 * result with teams; it still verifies under the rules of /1.
 */
public record LegacyDraw(String algorithm, long campaignId, String campaignName, String seed, String seedSource,
                         String registerSha256, String publicRegisterSha256, String inspectorsSha256,
                         String inputsSha256, String exemptionSource, List<PartyExclusion> partyExclusions,
                         DrawInputs inputs, DrawResult result) implements DrawDocument {
}
