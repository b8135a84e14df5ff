package cn.chuanyu.metrology.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * An inspector or supervisor of one province's regulator as other modules see them.
 *
 * @param qualifications   instrument categories the person is qualified to inspect
 * @param conflictPartyIds parties the person must step aside from (回避)
 * @param enforcementCertificateNo         the enforcement certificate (执法证) number, null when none is recorded
 * @param enforcementCertificateValidUntil its last valid day
 */
public record StaffMember(
        long id,
        String staffNo,
        StaffRole role,
        String nameZh,
        String nameEn,
        String province,
        String email,
        boolean active,
        Set<String> qualifications,
        Set<Long> conflictPartyIds,
        String enforcementCertificateNo,
        LocalDate enforcementCertificateValidUntil) {

    /** A staff member without a recorded enforcement certificate. */
    public StaffMember(long id, String staffNo, StaffRole role, String nameZh, String nameEn, String province,
                       String email, boolean active, Set<String> qualifications, Set<Long> conflictPartyIds) {
        this(id, staffNo, role, nameZh, nameEn, province, email, active, qualifications, conflictPartyIds, null, null);
    }

    /** The name people read in {@code locale} ({@link RegisteredNames}). */
    public String nameIn(java.util.Locale locale) {
        return RegisteredNames.in(locale, nameZh, nameEn);
    }

    /** True when the enforcement certificate has ended by {@code day}. */
    public boolean certificateExpiredOn(LocalDate day) {
        return EnforcementCertificates.expiredOn(enforcementCertificateValidUntil, day);
    }
}
