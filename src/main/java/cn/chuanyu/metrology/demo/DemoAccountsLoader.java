package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Creates the demo sign-in accounts, each inspector's and supervisor's bound to its demo staff record. */
@Component
class DemoAccountsLoader {

    private final UserAccounts userAccounts;
    private final PasswordEncoder passwordEncoder;
    private final Registry registry;

    DemoAccountsLoader(UserAccounts userAccounts, PasswordEncoder passwordEncoder, Registry registry) {
        this.userAccounts = userAccounts;
        this.passwordEncoder = passwordEncoder;
        this.registry = registry;
    }

    /**
     * Creates every demo account that does not exist yet; staffIds maps demo staff numbers to ids. The accounts share
     * the published demo password, so it is hashed once (BCrypt costs about 70 ms a hash, 49 accounts 3.5 s of every
     * start on a new database); each account is still checked by BCrypt at sign-in like any other.
     */
    void create(Map<String, Long> staffIds) {
        String passwordHash = null;
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            if (userAccounts.find(account.username()).isPresent()) {
                continue;
            }
            if (passwordHash == null) {
                passwordHash = passwordEncoder.encode(DemoAccounts.PASSWORD);
            }
            Long staffId = account.staffNo() == null ? null : staffIds.get(account.staffNo());
            String displayName = staffId == null ? "系统管理员（演示）"
                    : registry.staff(staffId).map(StaffMember::nameZh).orElseThrow() + "（演示）";
            userAccounts.create(new UserAccounts.NewAccount(account.username(), passwordHash, displayName,
                    Role.valueOf(account.role()), account.province(), staffId));
        }
    }
}
