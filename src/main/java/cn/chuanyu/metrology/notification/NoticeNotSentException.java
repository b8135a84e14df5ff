package cn.chuanyu.metrology.notification;

/** The mail server could not take a notice now (down, timeout, 4xx); the job fails and is retried later. */
class NoticeNotSentException extends RuntimeException {

    private final String reason;

    NoticeNotSentException(long noticeId, String reason, Throwable cause) {
        super("notice " + noticeId + " not sent, will retry: " + reason, cause);
        this.reason = reason;
    }

    /** What the mail server said, or why it could not be reached. */
    String reason() {
        return reason;
    }
}
