package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void ourPagesCarryTheContentSecurityPolicyButTheCamundaWebappsAndSwaggerDoNot() {
        HttpResponse<String> login = new Browser(port).get("/login");
        HttpResponse<String> swagger = new Browser(port).get("/swagger-ui/index.html");
        HttpResponse<String> cockpit = new Browser(port).withBasic("admin", "chuanyu-demo").get("/camunda/app/cockpit/");

        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(swagger.headers().allValues("Content-Security-Policy"))
                .doesNotContain(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(cockpit.headers().allValues("Content-Security-Policy"))
                .doesNotContain(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void refusalsBeforeTheControllerAreProblemDetailsToo() {
        HttpResponse<String> anonymous = new Browser(port).get("/api/admin/audit");
        HttpResponse<String> wrongRole = new Browser(port).withBasic("inspector.sc", "chuanyu-demo")
                .get("/api/admin/audit");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("\"status\":401", "Sign in first", "\"instance\":\"/api/admin/audit\"");
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(wrongRole.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(wrongRole.body()).contains("\"status\":403", "Your role may not do this");
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverTls() {
        assertThat(new Browser(port).get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aNewAccountWithAWeakPasswordIsRefusedAndNotStored() {
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        var account = new UserAccounts.NewAccount(username, null, "Weak", Role.ADMIN, null, null);

        assertThatThrownBy(() -> accounts.create(account, "password1234"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("password: problem.password.common");
        assertThatThrownBy(() -> accounts.create(account, username + "-2026"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("password: problem.password.username");
        assertThat(accounts.find(username)).isEmpty();

        accounts.create(account, "a long and unusual pass phrase");
        assertThat(accounts.find(username)).isPresent();
    }
}
