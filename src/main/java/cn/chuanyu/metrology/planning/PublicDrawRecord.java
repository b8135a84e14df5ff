package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawParameters;

import java.util.List;

/**
 * A draw as published to everyone (一公开): parties, weights, seed, keys and the selection, with no inspector
 * names or ids. With it anyone can check the register against {@code publicRegisterSha256} and recompute which
 * parties were drawn, in which order, with which keys.
 */
public record PublicDrawRecord(long campaignId, String campaignName, String algorithmVersion, String seed,
                               String seedSource, String publicRegisterSha256, String registerSha256,
                               String inputsSha256,
                               DrawParameters parameters, List<Entry> register, List<PartyExclusion> partyExclusions,
                               List<Drawn> selection) {

    /** A party of the frozen register as the public sees it. */
    public record Entry(long partyId, String province, String riskClass, long weight, List<String> categories) {
    }

    /** A drawn party: its place, key and whether a team could be drawn for it. */
    public record Drawn(int position, long partyId, String creditCode, String partyName, double key,
                        boolean byMinimum, boolean teamDrawn) {
    }
}
