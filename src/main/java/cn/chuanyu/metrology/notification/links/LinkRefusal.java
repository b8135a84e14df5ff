package cn.chuanyu.metrology.notification.links;

/** Why an answer link is not accepted. */
public enum LinkRefusal {
    MALFORMED, TAMPERED, EXPIRED, WRONG_PURPOSE, WRONG_PARTY, USED, WRONG_STATE
}
