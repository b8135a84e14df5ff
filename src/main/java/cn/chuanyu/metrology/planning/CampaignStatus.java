package cn.chuanyu.metrology.planning;

/** Where a campaign stands: planned, opened (the draw runs), drawn (inspections starting), started, or recurring. */
public enum CampaignStatus {
    PLANNED, OPEN, DRAWN, STARTED, RECURRING
}
