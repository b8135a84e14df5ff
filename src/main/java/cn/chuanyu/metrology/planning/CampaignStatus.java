package cn.chuanyu.metrology.planning;

/**
 * Where a campaign stands: planned (commitments are published), opened (the register is being frozen), frozen
 * (register published, the draw waits for every contribution to be revealed), drawn (inspections starting),
 * started; a recurring campaign is RECURRING until its series is ended (ENDED).
 */
public enum CampaignStatus {
    PLANNED, OPEN, FROZEN, DRAWN, STARTED, RECURRING, ENDED
}
