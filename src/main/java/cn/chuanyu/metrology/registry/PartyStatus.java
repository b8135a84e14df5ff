package cn.chuanyu.metrology.registry;

/** Whether a party is in business and can be inspected. */
public enum PartyStatus {
    ACTIVE, SUSPENDED, INACTIVE
}
