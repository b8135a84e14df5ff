package cn.chuanyu.metrology.planning;

/**
 * Where a campaign stands: planned, opened (the draw runs), drawn (inspections starting), started; a recurring
 * campaign is RECURRING until its series is ended (ENDED).
 */
public enum CampaignStatus {
    PLANNED, OPEN, DRAWN, STARTED, RECURRING, ENDED
}
