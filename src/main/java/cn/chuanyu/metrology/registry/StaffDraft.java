package cn.chuanyu.metrology.registry;

import java.util.List;
import java.util.Set;

/**
 * What an administrator or an import states about an inspector or supervisor before it is stored.
 *
 * @param qualifications instrument category codes the person may inspect
 * @param conflicts      parties the person has declared a conflict of interest with (回避)
 */
public record StaffDraft(String staffNo, StaffRole role, String nameZh, String nameEn, String province,
                         String email, boolean active, Set<String> qualifications, List<Conflict> conflicts) {

    public StaffDraft {
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** The same statements about the person under the given (stored) staff number. */
    public StaffDraft withStaffNo(String storedStaffNo) {
        return new StaffDraft(storedStaffNo, role, nameZh, nameEn, province, email, active, qualifications, conflicts);
    }

    /** A declared conflict of interest with one party, and why. */
    public record Conflict(long partyId, String reason) {
    }
}
