package cn.chuanyu.metrology.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Locale;
import java.util.UUID;

/** Creates sign-in accounts with unique names (and, for staff roles, a staff row) for integration tests. */
final class TestAccounts {

    static final String PASSWORD = "correct horse battery staple";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;

    TestAccounts(UserAccounts accounts, PasswordEncoder encoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    String admin() {
        return create(Role.ADMIN, null);
    }

    String create(Role role, String province) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String username = role.name().toLowerCase(Locale.ROOT) + "-" + suffix;
        Long staffId = role == Role.ADMIN ? null : jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, province) values (:no, :role, :name, :province)
                        returning id""")
                .param("no", "T" + suffix)
                .param("role", role.name())
                .param("name", "测试" + suffix)
                .param("province", province)
                .query(Long.class).single();
        accounts.create(new UserAccounts.NewAccount(username, encoder.encode(PASSWORD), "Test " + suffix, role,
                province, staffId));
        return username;
    }
}
