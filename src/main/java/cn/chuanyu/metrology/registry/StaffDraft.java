package cn.chuanyu.metrology.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an administrator or an import states about an inspector or supervisor before it is stored.
 *
 * @param qualifications instrument category codes the person may inspect
 * @param conflicts      parties the person has declared a conflict of interest with (回避)
 * @param enforcementCertificateNo         the enforcement certificate (执法证) number, or null
 * @param enforcementCertificateValidUntil its last valid day, given with the number
 */
public record StaffDraft(String staffNo, StaffRole role, String nameZh, String nameEn, String province,
                         String email, boolean active, Set<String> qualifications, List<Conflict> conflicts,
                         String enforcementCertificateNo, LocalDate enforcementCertificateValidUntil) {

    public StaffDraft {
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        enforcementCertificateNo = enforcementCertificateNo == null || enforcementCertificateNo.isBlank()
                ? null : enforcementCertificateNo.strip();
    }

    /** A person without an enforcement certificate (supervisors, or one not yet recorded). */
    public StaffDraft(String staffNo, StaffRole role, String nameZh, String nameEn, String province, String email,
                      boolean active, Set<String> qualifications, List<Conflict> conflicts) {
        this(staffNo, role, nameZh, nameEn, province, email, active, qualifications, conflicts, null, null);
    }

    /** The same statements about the person under the given (stored) staff number. */
    public StaffDraft withStaffNo(String storedStaffNo) {
        return new StaffDraft(storedStaffNo, role, nameZh, nameEn, province, email, active, qualifications, conflicts,
                enforcementCertificateNo, enforcementCertificateValidUntil);
    }

    /** A declared conflict of interest with one party, and why. */
    public record Conflict(long partyId, String reason) {
    }
}
