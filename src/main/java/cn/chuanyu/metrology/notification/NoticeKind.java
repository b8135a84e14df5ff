package cn.chuanyu.metrology.notification;

/** What a notice tells the business. */
public enum NoticeKind {
    INSPECTION_NOTICE, RESULT_NOTICE, RECTIFICATION_ORDER, RECTIFICATION_REMINDER, OVERDUE_NOTICE,
    RECOGNITION_DECISION
}
