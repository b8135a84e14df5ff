package cn.chuanyu.metrology.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new sign-in account as an administrator types it: for a staff member (role, province and name come from the
 * staff record) or, with no staff number, an administrator of both provinces.
 */
record AccountForm(
        @NotBlank @Pattern(regexp = AccountForm.USERNAME) String username,
        @Size(max = 20) String staffNo,
        @Size(max = 120) String displayName,
        @NotBlank String password) {

    /** What Camunda's user id whitelist accepts as well: letters, digits, dot, dash, underscore, at. */
    static final String USERNAME = "[a-zA-Z0-9][a-zA-Z0-9._@-]{2,59}";

    static AccountForm empty() {
        return new AccountForm("", "", "", "");
    }

    boolean forStaff() {
        return staffNo != null && !staffNo.isBlank();
    }
}
