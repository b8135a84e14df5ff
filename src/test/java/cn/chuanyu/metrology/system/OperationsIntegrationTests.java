package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OperationsIntegrationTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aNodeIsReadyWhenItsDatabaseEngineAndJobExecutorAre() {
        String admin = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new UserAccounts.NewAccount(admin, encoder.encode("ops-secret"), "Ops", Role.ADMIN, null, null));

        var readiness = http.withBasicAuth(admin, "ops-secret").getForEntity("/actuator/health/readiness", String.class);

        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        assertThat(readiness.getBody()).contains("\"db\"", "\"processEngine\"", "\"jobExecutor\"", "\"status\":\"UP\"");
    }

    @Test
    void anonymousCallersSeeOnlyTheStatus() {
        var readiness = http.getForEntity("/actuator/health/readiness", String.class);

        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        assertThat(readiness.getBody()).contains("\"status\":\"UP\"").doesNotContain("processEngine", "components");
    }
}
