package cn.chuanyu.metrology.registry;

/**
 * A province a party operates in besides its home province, and on what basis: SITE (a site or branch there),
 * SERVICE (it verifies or calibrates there), MARKET (its instruments are placed on the market there).
 */
public record OperatingProvince(String province, Basis basis) {

    /** Why the party counts as operating in the province. */
    public enum Basis { SITE, SERVICE, MARKET }

    /** The CSV spelling {@code CQ:SITE}. */
    public String csv() {
        return province + ":" + basis;
    }
}
