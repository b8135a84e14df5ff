package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts the accounts page lists are listed by the API too, to administrators only, without any hash. */
@IntegrationTest
class AccountApiIntegrationTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void anAdministratorListsTheAccountsAndNoPasswordHashLeaves() {
        var response = http.withBasicAuth("admin", "chuanyu-demo").getForEntity("/api/admin/users", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"username\":\"admin\"", "\"role\":\"ADMIN\"")
                .doesNotContain("password", "$2a$");
    }

    @Test
    void anInspectorMayNotListTheAccounts() {
        var response = http.withBasicAuth("inspector.sc", "chuanyu-demo").getForEntity("/api/admin/users", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }
}
