package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.TeamProblem;

import java.util.List;

/**
 * How far a campaign's opening has come, for a progress bar: parties drawn, inspections started, and the
 * failures with reasons (a party without a valid team, a start that keeps failing).
 */
public record CampaignProgress(CampaignStatus status, int registerSize, int drawn, int started,
                               List<Failure> failures) {

    /**
     * Something that kept an inspection from starting; partyId is null for a failure of the whole step;
     * teamProblem is set when the draw found no team for the party (reason is then its one-line form).
     */
    public record Failure(Long partyId, String reason, TeamProblem teamProblem) {
    }
}
