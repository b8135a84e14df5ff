package cn.chuanyu.metrology.registry;

/**
 * A filtered, sorted page of parties; null filters match everything.
 *
 * @param category an instrument category in the party's authorisation scope or among its products
 */
public record PartyQuery(String province, PartyKind kind, String category, PartyStatus status,
                         SortField sort, boolean descending, int page, int size) {

    /** The fields a party list may be sorted by. */
    public enum SortField {
        ID("p.id"), CREDIT_CODE("p.credit_code"), NAME_ZH("p.name_zh"), NAME_EN("p.name_en"),
        PROVINCE("p.province"), KIND("p.kind"), STATUS("p.status"), RISK_CLASS("p.risk_class"),
        UPDATED_AT("p.updated_at");

        final String column;

        SortField(String column) {
            this.column = column;
        }
    }
}
