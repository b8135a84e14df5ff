package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.Contributor;

import java.time.Instant;

/**
 * One contribution to a campaign's seed as published: its commitment with the time it was made and, once revealed,
 * the value with its time. For the BEACON, the commitment names the public random value and when it is due.
 */
public record DrawContribution(Contributor contributor, String commitmentSha256, Instant committedAt,
                               String beaconSource, Instant beaconDueAt, String value, Instant revealedAt) {

    public boolean revealed() {
        return value != null;
    }
}
