package cn.chuanyu.metrology.notification;

/** The mail server could not take a notice now (down, timeout, 4xx); the job fails and is retried later. */
class NoticeNotSentException extends RuntimeException {

    NoticeNotSentException(long noticeId, String reason, Throwable cause) {
        super("notice " + noticeId + " not sent, will retry: " + reason, cause);
    }
}
