package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Creates the demo sign-in accounts, each inspector and supervisor bound to a demo staff record. */
@Component
class DemoAccountsLoader {

    private static final Map<String, String> STAFF_OF_ACCOUNT = Map.of(
            "inspector.sc", "SC-I-001", "inspector2.sc", "SC-I-002", "supervisor.sc", "SC-S-001",
            "inspector.cq", "CQ-I-001", "inspector2.cq", "CQ-I-002", "supervisor.cq", "CQ-S-001");

    private final UserAccounts userAccounts;
    private final PasswordEncoder passwordEncoder;
    private final Registry registry;

    DemoAccountsLoader(UserAccounts userAccounts, PasswordEncoder passwordEncoder, Registry registry) {
        this.userAccounts = userAccounts;
        this.passwordEncoder = passwordEncoder;
        this.registry = registry;
    }

    /** Creates every demo account that does not exist yet; staffIds maps demo staff numbers to ids. */
    void create(Map<String, Long> staffIds) {
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            if (userAccounts.find(account.username()).isPresent()) {
                continue;
            }
            Long staffId = staffIds.get(STAFF_OF_ACCOUNT.get(account.username()));
            String displayName = staffId == null ? "系统管理员（演示）"
                    : registry.staff(staffId).map(StaffMember::nameZh).orElseThrow() + "（演示）";
            userAccounts.create(new UserAccounts.NewAccount(account.username(),
                    passwordEncoder.encode(DemoAccounts.PASSWORD), displayName, Role.valueOf(account.role()),
                    account.province(), staffId));
        }
    }
}
