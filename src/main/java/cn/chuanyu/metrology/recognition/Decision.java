package cn.chuanyu.metrology.recognition;

/** What the receiving province's supervisor decides on a recognition request. */
public enum Decision {
    ACCEPT, ACCEPT_IN_PART, REFUSE
}
