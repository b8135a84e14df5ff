package cn.chuanyu.metrology.planning;

import java.util.List;

/**
 * How far a campaign's opening has come, for a progress bar: parties drawn, inspections started, and the
 * failures with reasons (a party without a valid team, a start that keeps failing).
 */
public record CampaignProgress(CampaignStatus status, int registerSize, int drawn, int started,
                               List<Failure> failures) {

    /** Something that kept an inspection from starting; partyId is null for a failure of the whole step. */
    public record Failure(Long partyId, String reason) {
    }
}
