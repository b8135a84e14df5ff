package cn.chuanyu.metrology.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything the registry holds about one inspector or supervisor. */
public record StaffDetails(long id, String staffNo, StaffRole role, String nameZh, String nameEn, String province,
                           String email, boolean active, Set<String> qualifications, List<Conflict> conflicts,
                           int version, Instant createdAt, Instant updatedAt, String enforcementCertificateNo,
                           LocalDate enforcementCertificateValidUntil) {

    /** A declared conflict of interest, with the party's code and name so people can read it. */
    public record Conflict(long partyId, String creditCode, String partyNameZh, String reason) {
    }
}
