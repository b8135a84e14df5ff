package cn.chuanyu.metrology.notification.links;

/** An answer link that must not be acted on; nothing was changed. */
public class LinkRefusedException extends RuntimeException {

    private final LinkRefusal reason;
    private final transient LinkClaims claims;

    public LinkRefusedException(LinkRefusal reason) {
        this(reason, null);
    }

    /** A genuine link refused for what it says (expired): the claims tell whom its page should send the party to. */
    public LinkRefusedException(LinkRefusal reason, LinkClaims claims) {
        super("link refused: " + reason);
        this.reason = reason;
        this.claims = claims;
    }

    /** The claims of a genuine (correctly signed) link, or null when the link was not genuine. */
    public LinkClaims claims() {
        return claims;
    }

    public LinkRefusal reason() {
        return reason;
    }
}
