package cn.chuanyu.metrology.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The sign-in accounts as the accounts page lists them (ADMIN): who, which role and province, whether usable. */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "Sign-in accounts (ADMIN)")
class AccountController {

    private final UserAccounts accounts;

    AccountController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Every account, by role and province; never a password hash")
    List<Account> list() {
        return accounts.all().stream().map(Account::of).toList();
    }

    /** An account as listed. */
    record Account(String username, String displayName, Role role, String province, Long staffId, boolean enabled,
                   boolean locked) {

        static Account of(CurrentUser user) {
            return new Account(user.username(), user.displayName(), user.role(), user.province(), user.staffId(),
                    user.enabled(), user.locked());
        }
    }
}
