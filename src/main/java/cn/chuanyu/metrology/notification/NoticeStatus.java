package cn.chuanyu.metrology.notification;

/** Where a notice stands: waiting to go out (or retrying), accepted by the mail server, or failed for good. */
public enum NoticeStatus {
    PENDING, SENT, FAILED
}
