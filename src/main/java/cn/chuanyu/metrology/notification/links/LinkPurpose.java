package cn.chuanyu.metrology.notification.links;

/** What an answer link lets its holder do, and nothing else. */
public enum LinkPurpose {
    ACKNOWLEDGE, RECTIFICATION
}
