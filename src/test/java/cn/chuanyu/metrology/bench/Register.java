package cn.chuanyu.metrology.bench;

import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * Generates the benchmark's register with set-based SQL: parties authorised for the category {@code BENCH},
 * half in each province, inspectors qualified for it, and the few sign-in accounts the HTTP clients use.
 */
final class Register {

    static final String CATEGORY = "BENCH";
    static final String PASSWORD = "Bench-2026!pass";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final String passwordHash;

    Register(JdbcClient jdbc, UserAccounts accounts, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    void load(int parties, int inspectors) {
        jdbc.sql("insert into instrument_category (code, name_zh, name_en) values (:c, '基准测试器具', 'Benchmark')"
                + " on conflict do nothing").param("c", CATEGORY).update();
        jdbc.sql("""
                insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                select '91' || case when n % 2 = 0 then '510100' else '500103' end || lpad(n::text, 9, '0') || 'B',
                       'AUTHORISED_BODY', '基准计量单位' || n, case when n % 2 = 0 then 'SC' else 'CQ' end,
                       case when n % 2 = 0 then '510100' else '500103' end,
                       (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3], array['bench' || n || '@example.cn']
                from generate_series(1, :n) n""").param("n", parties).update();
        jdbc.sql("""
                insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                select id, '基准' || id, date '2024-01-01', date '2099-12-31' from party where name_zh like '基准计量单位%'
                """).update();
        jdbc.sql("""
                insert into authorisation_scope (party_id, category_code)
                select party_id, :c from authorisation_certificate where number like '基准%'""")
                .param("c", CATEGORY).update();
        jdbc.sql("""
                insert into staff (staff_no, role, name_zh, province, enforcement_certificate_no,
                    enforcement_certificate_valid_until)
                select 'BI' || n, 'INSPECTOR', '基准检查员' || n, case when n % 2 = 0 then 'SC' else 'CQ' end,
                       '基准执法证' || n, date '2099-12-31'
                from generate_series(1, :n) n""").param("n", inspectors).update();
        jdbc.sql("""
                insert into staff_qualification (staff_id, category_code)
                select id, :c from staff where staff_no like 'BI%'""").param("c", CATEGORY).update();
        jdbc.sql("analyze").update();
    }

    List<Long> partyIds(String province, int limit) {
        return jdbc.sql("select id from party where name_zh like '基准计量单位%' and province = :p order by id limit :l")
                .param("p", province).param("l", limit).query(Long.class).list();
    }

    List<Long> inspectorIds() {
        return jdbc.sql("select id from staff where staff_no like 'BI%' order by id").query(Long.class).list();
    }

    /** A sign-in account for an existing or new staff member; returns the username. */
    String account(String username, Role role, String province, Long staffId) {
        Long staff = staffId;
        if (staff == null && role != Role.ADMIN) {
            staff = jdbc.sql("""
                            insert into staff (staff_no, role, name_zh, province) values (:no, :role, :name, :p)
                            returning id""")
                    .param("no", username.toUpperCase()).param("role", role.name()).param("name", "基准" + username)
                    .param("p", province).query(Long.class).single();
        }
        accounts.create(new UserAccounts.NewAccount(username, passwordHash, username, role, province, staff));
        return username;
    }

    long staffIdOf(String username) {
        return jdbc.sql("select staff_id from app_user where username = :u").param("u", username)
                .query(Long.class).single();
    }
}
