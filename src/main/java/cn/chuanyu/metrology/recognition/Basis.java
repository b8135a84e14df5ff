package cn.chuanyu.metrology.recognition;

/**
 * What a recognition rests on: an approved inspection result, or the party's current authorisation certificate
 * (body) or type approvals (maker).
 */
public enum Basis {
    INSPECTION_RESULT, CERTIFICATE
}
