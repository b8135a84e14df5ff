package cn.chuanyu.metrology.planning.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names and variables of the Campaign and CampaignSeries processes; variables hold ids and flags only. */
public final class CampaignProcess {

    public static final String KEY = "Campaign";
    public static final String SERIES_KEY = "CampaignSeries";
    public static final String SERIES_ENDED_MESSAGE = "CampaignSeriesEnded";
    /** Every contribution to the seed is revealed and matches its commitment: the draw may run. */
    public static final String SEED_REVEALED_MESSAGE = "SeedContributionsRevealed";

    public static final String CAMPAIGN_ID = "campaignId";
    public static final String ALL_STARTED = "allStarted";
    public static final String SERIES_ID = "seriesId";
    public static final String RECURRENCE = "recurrence";

    private CampaignProcess() {
    }

    public static String businessKey(long campaignId) {
        return "campaign-" + campaignId;
    }

    static long campaignId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CAMPAIGN_ID)).longValue();
    }

    static long seriesId(DelegateExecution execution) {
        return ((Number) execution.getVariable(SERIES_ID)).longValue();
    }
}
