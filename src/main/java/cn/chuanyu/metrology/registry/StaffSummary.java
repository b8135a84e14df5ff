package cn.chuanyu.metrology.registry;

import java.time.LocalDate;

/** One line of a staff list, with the enforcement certificate (执法证) the register flags. */
public record StaffSummary(long id, String staffNo, StaffRole role, String nameZh, String nameEn, String province,
                           boolean active, int version, String enforcementCertificateNo,
                           LocalDate enforcementCertificateValidUntil) {
}
