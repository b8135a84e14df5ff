package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Registers an inspector or supervisor of one province. */
record CreateStaffRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{problem.staffNo}")
        String staffNo,
        @NotNull StaffRole role,
        @NotBlank @Size(max = 60) String nameZh,
        @Size(max = 120) String nameEn,
        @NotNull @Pattern(regexp = "SC|CQ", message = "{problem.province}") String province,
        @Email @Size(max = 320) String email,
        Boolean active,
        @Size(max = 50) Set<@NotBlank @Size(max = 40) String> qualifications,
        @Size(max = 100) List<@Valid @NotNull ConflictRequest> conflicts,
        @Size(max = 40) String enforcementCertificateNo,
        LocalDate enforcementCertificateValidUntil) {

    StaffDraft toDraft() {
        return new StaffDraft(staffNo, role, nameZh, nameEn, province, email, active == null || active,
                qualifications, ConflictRequest.toDrafts(conflicts), enforcementCertificateNo,
                enforcementCertificateValidUntil);
    }
}
