package cn.chuanyu.metrology.planning.draw.v1;

/** An inspector who was not put on a drawn party's team, and why (回避 or the load cap). */
public record InspectorExclusion(long partyId, long inspectorId, Reason reason) {

    /** Why an otherwise qualified inspector of the right province was left out. */
    public enum Reason {
        /** a declared conflict of interest with the party */
        CONFLICT,
        /** on the team of the party's previous inspection */
        PREVIOUS_TEAM,
        /** already on as many teams of this campaign as the load cap allows */
        LOAD_CAP
    }
}
