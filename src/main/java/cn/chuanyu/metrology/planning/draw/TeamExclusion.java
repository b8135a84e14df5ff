package cn.chuanyu.metrology.planning.draw;

/** A qualified candidate of a drawn party who was not put on its team, and why. */
public record TeamExclusion(long inspectorId, Reason reason) {

    /** Why a candidate was passed over; at most one reason per candidate and party. */
    public enum Reason {
        /** a declared conflict of interest with the party (回避) */
        CONFLICT,
        /** on the team of the party's previous inspection */
        PREVIOUS_TEAM,
        /** the enforcement certificate ends before the party's planned date */
        CERTIFICATE_EXPIRED,
        /** already on as many teams of this draw as the load cap allows, and ranked above a member taken */
        LOAD_CAP
    }
}
