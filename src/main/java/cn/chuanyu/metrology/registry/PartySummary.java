package cn.chuanyu.metrology.registry;

/** One line of a party list. */
public record PartySummary(long id, String creditCode, PartyKind kind, String nameZh, String nameEn,
                           String province, String regionCode, RiskClass riskClass, PartyStatus status,
                           int version) {

    /** The name people read in {@code locale} ({@link PartyNames}). */
    public String nameIn(java.util.Locale locale) {
        return PartyNames.in(locale, nameZh, nameEn);
    }
}
