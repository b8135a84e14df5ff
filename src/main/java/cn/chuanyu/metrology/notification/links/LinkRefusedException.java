package cn.chuanyu.metrology.notification.links;

/** An answer link that must not be acted on; nothing was changed. */
public class LinkRefusedException extends RuntimeException {

    private final LinkRefusal reason;

    public LinkRefusedException(LinkRefusal reason) {
        super("link refused: " + reason);
        this.reason = reason;
    }

    public LinkRefusal reason() {
        return reason;
    }
}
