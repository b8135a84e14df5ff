package cn.chuanyu.metrology.recognition;

/** Where a recognition request stands; ACCEPTED and PARTIALLY_ACCEPTED ones are in force until their end date. */
public enum RecognitionStatus {
    REQUESTED, ACCEPTED, PARTIALLY_ACCEPTED, REFUSED, WITHDRAWN, EXPIRED
}
