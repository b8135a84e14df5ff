package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.CreditCode;
import cn.chuanyu.metrology.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LargeRegister largeRegister;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theDemoRegisterIsLoadedWithFictionalNamesInBothProvinces() {
        List<String> demoNames = jdbc.sql("select name_zh from party where name_zh like '%（演示）'")
                .query(String.class).list();
        long bodies = count("select count(*) from party where kind = 'AUTHORISED_BODY' and name_en like '%(demo)'");
        long makers = count("select count(*) from party where kind = 'INSTRUMENT_MAKER' and name_en like '%(demo)'");

        assertThat(bodies).isGreaterThanOrEqualTo(60);
        assertThat(makers).isGreaterThanOrEqualTo(250);
        assertThat(demoNames).hasSize((int) (bodies + makers));
        assertThat(count("select count(distinct province) from party where name_en like '%(demo)'")).isEqualTo(2);
        assertThat(count("select count(*) from staff where staff_no like '__-I-___'")).isEqualTo(40);
        assertThat(count("select count(*) from staff where staff_no like '__-S-___'")).isEqualTo(8);
        assertThat(count("select count(*) from staff_conflict c join staff s on s.id = c.staff_id"
                + " where s.staff_no like '__-_-___'")).isPositive();
        assertThat(count("select count(*) from measurement_standard where calibration_due < current_date")).isPositive();
        assertThat(count("select count(*) from product where approval_valid_to < current_date")).isPositive();
    }

    @Test
    void everyDemoAccountSignsInWithTheDemoPasswordAndActsAsItsStaffRecord() {
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            var user = accounts.find(account.username()).orElseThrow();
            assertThat(passwordEncoder.matches(DemoAccounts.PASSWORD, user.passwordHash())).isTrue();
            assertThat(user.role().name()).isEqualTo(account.role());
            assertThat(user.province()).isEqualTo(account.province());
            assertThat(user.staffId() == null).isEqualTo(account.role().equals("ADMIN"));
        }
    }

    @Test
    void everyDemoInspectorADrawCanPickHasAnAccountWithTheDemoPassword() {
        List<String> withoutAccount = jdbc.sql("""
                        select s.staff_no from staff s
                        where s.staff_no ~ '^(SC|CQ)-[IS]-[0-9]{3}$'
                        and not exists (select 1 from security_account_view a where a.staff_id = s.id and a.enabled
                                        and a.role = case when s.staff_no like '__-I-%' then 'INSPECTOR' else 'SUPERVISOR' end
                                        and a.province = s.province)""")
                .query(String.class).list();

        assertThat(count("select count(*) from staff where staff_no ~ '^(SC|CQ)-I-[0-9]{3}$'")).isEqualTo(40);
        assertThat(withoutAccount).isEmpty();
        var seventeenth = accounts.find("inspector17.cq").orElseThrow();
        assertThat(passwordEncoder.matches(DemoAccounts.PASSWORD, seventeenth.passwordHash())).isTrue();
        assertThat(jdbc.sql("select staff_no from staff where id = :id").param("id", seventeenth.staffId())
                .query(String.class).single()).isEqualTo("CQ-I-017");
    }

    @Test
    void noTwoDemoStaffShareANameInEitherLanguage() {
        List<String> zh = jdbc.sql("select name_zh from staff where staff_no ~ '^(SC|CQ)-[IS]-[0-9]{3}$'")
                .query(String.class).list();
        List<String> en = jdbc.sql("select name_en from staff where staff_no ~ '^(SC|CQ)-[IS]-[0-9]{3}$'")
                .query(String.class).list();

        assertThat(zh).hasSize(48).doesNotHaveDuplicates();
        assertThat(en).hasSize(48).doesNotHaveDuplicates();
        assertThat(zh.stream().map(name -> name.substring(0, 1)).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(accounts.find("inspector.sc").orElseThrow().displayName())
                .isNotEqualTo(accounts.find("supervisor.sc").orElseThrow().displayName())
                .endsWith("（演示）");
    }

    @Test
    void aLargeRegisterHasValidDistinctCreditCodes() {
        long seed = ThreadLocalRandom.current().nextLong();
        int parties = 3_000;

        LargeRegister.Written written = largeRegister.write(parties, 20, seed);

        RegisterGenerator generator = largeRegister.generator(seed);
        List<String> codes = IntStream.range(0, parties)
                .mapToObj(n -> generator.party(n, LargeRegister.kind(n)).creditCode()).toList();
        assertThat(codes).allMatch(CreditCode::isValid);
        assertThat(new HashSet<>(codes)).hasSize(parties);
        assertThat(jdbc.sql("select count(*) from party where credit_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(Long.class).single()).isEqualTo(parties);
        assertThat(written.inspectors()).isEqualTo(20);
        Set<String> bodiesWithoutCertificate = Set.copyOf(jdbc.sql("""
                        select p.credit_code from party p where p.credit_code = any(:codes) and p.kind = 'AUTHORISED_BODY'
                        and not exists (select 1 from authorisation_certificate c where c.party_id = p.id)""")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list());
        assertThat(bodiesWithoutCertificate).isEmpty();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
