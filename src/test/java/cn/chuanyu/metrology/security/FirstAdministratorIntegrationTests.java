package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-administrator settings are read only while no administrator exists: in an installation that has one
 * (the shared test database has the demo administrator) they create nothing. The creation itself, under the prod
 * profile on an empty database, is in {@link ProductionInstallationIntegrationTests}.
 */
@IntegrationTest
class FirstAdministratorIntegrationTests {

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSettingsAreIgnoredOnceAnyAdministratorExists() {
        String username = "late-admin-" + UUID.randomUUID().toString().substring(0, 8);

        var outcome = firstAdministrator.createIfNoAdministrator(
                new FirstAdministratorSettings(username, "a sound password for 2026", "迟到的管理员"));

        assertThat(outcome).isEqualTo(FirstAdministrator.Outcome.ADMINISTRATOR_EXISTS);
        assertThat(accounts.find(username)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_record where subject_id = :name")
                .param("name", username).query(Integer.class).single()).isZero();
    }
}
