package cn.chuanyu.metrology.registry;

/** One line of a staff list. */
public record StaffSummary(long id, String staffNo, StaffRole role, String nameZh, String nameEn, String province,
                           boolean active, int version) {
}
