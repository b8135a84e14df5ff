package cn.chuanyu.metrology.planning.draw;

/** An active inspector of a campaign province left out of the frozen pool, and why. */
public record PoolExclusion(long inspectorId, Reason reason) {

    /** Why an inspector cannot be drawn onto any team of the campaign. */
    public enum Reason {
        /** no enforcement certificate (执法证) number or validity in the register */
        CERTIFICATE_MISSING,
        /** the enforcement certificate ends before the first planned day */
        CERTIFICATE_EXPIRED
    }
}
