package cn.chuanyu.metrology.planning.draw;

/**
 * Who contributes to a draw's seed. Codes are compared by their ASCII bytes (the enum's order is that order).
 * BEACON and SERVER are in every draw; a supervisor of a campaign province may add one of their own.
 */
public enum Contributor {
    /** a public random value named in advance (a lottery draw, a beacon round), entered after the freeze */
    BEACON,
    /** the server's 32 random bytes (CSPRNG), hidden until the freeze */
    SERVER,
    /** a secret of a Chongqing supervisor, committed by its SHA-256 before the freeze */
    SUPERVISOR_CQ,
    /** a secret of a Sichuan supervisor, committed by its SHA-256 before the freeze */
    SUPERVISOR_SC;

    /** The supervisor contributor of a province, e.g. SUPERVISOR_SC. */
    public static Contributor supervisorOf(String province) {
        return valueOf("SUPERVISOR_" + province);
    }

    /** The province of a supervisor contributor; null for BEACON and SERVER. */
    public String province() {
        return name().startsWith("SUPERVISOR_") ? name().substring("SUPERVISOR_".length()) : null;
    }

    /** Whether the value is a secret committed by its SHA-256 (not a public value named in advance). */
    public boolean secret() {
        return this != BEACON;
    }
}
