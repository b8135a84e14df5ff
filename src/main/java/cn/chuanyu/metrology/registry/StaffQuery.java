package cn.chuanyu.metrology.registry;

/**
 * A filtered, sorted page of staff; null filters match everything.
 *
 * @param category an instrument category the person is qualified for
 */
public record StaffQuery(String province, StaffRole role, String category, Boolean active,
                         SortField sort, boolean descending, int page, int size) {

    /** The fields a staff list may be sorted by. */
    public enum SortField {
        ID("s.id"), STAFF_NO("s.staff_no"), NAME_ZH("s.name_zh"), NAME_EN("s.name_en"), PROVINCE("s.province"),
        ROLE("s.role"), UPDATED_AT("s.updated_at"),
        CERTIFICATE_VALID_UNTIL("s.enforcement_certificate_valid_until");

        final String column;

        SortField(String column) {
            this.column = column;
        }
    }
}
