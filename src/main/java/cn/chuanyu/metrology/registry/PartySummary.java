package cn.chuanyu.metrology.registry;

/** One line of a party list. */
public record PartySummary(long id, String creditCode, PartyKind kind, String nameZh, String nameEn,
                           String province, String regionCode, RiskClass riskClass, PartyStatus status,
                           int version) {

    /** The name people read in {@code locale} ({@link RegisteredNames}). */
    public String nameIn(java.util.Locale locale) {
        return RegisteredNames.in(locale, nameZh, nameEn);
    }
}
