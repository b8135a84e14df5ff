package cn.chuanyu.metrology.registry;

/** Which of the two kinds of inspected business a party is. */
public enum PartyKind {
    AUTHORISED_BODY, INSTRUMENT_MAKER
}
