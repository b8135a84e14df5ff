package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawInputs;

import java.util.List;

/** A campaign's draw inputs as frozen before the draw, with the parties left out and where exemptions came from. */
record FrozenDraw(DrawInputs inputs, String exemptionSource, List<PartyExclusion> partyExclusions) {
}
