package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSRF rule, attacked as another site would: a request that rides on a signed-in session must carry the
 * session's CSRF token, on {@code /api}, {@code /engine-rest} and the Camunda webapps' APIs alike; only a request
 * whose own HTTP Basic credentials are checked on that request goes without one.
 */
@IntegrationTest
class CrossSiteRequestIntegrationTests {

    private static final String BOUNDARY = "----crosssite";
    private static final String EVIL_SITE = "https://evil.example";
    private static final CreditCodeGenerator CODES = new CreditCodeGenerator(ThreadLocalRandom.current().nextLong());

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RepositoryService repository;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(userAccounts, encoder, jdbc);
    }

    @Test
    void aCrossSiteMultipartDeploymentWithTheAdministratorsCookieIsRefusedAndDeploysNothing() {
        Browser administrator = signedIn(accounts.admin());
        String name = "cross-site-" + UUID.randomUUID();

        for (String path : new String[] {"/engine-rest/deployment/create",
                "/camunda/api/engine/engine/default/deployment/create"}) {
            HttpResponse<String> answer = administrator.send("POST", path,
                    "multipart/form-data; boundary=" + BOUNDARY, deployment(name), Map.of("Origin", EVIL_SITE));
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
        }

        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
        assertThat(administrator.isSignedIn()).isTrue();
    }

    @Test
    void aCrossSiteUrlEncodedFormToTheEngineRestApiIsRefused() {
        Browser administrator = signedIn(accounts.admin());
        String name = "cross-site-form-" + UUID.randomUUID();

        HttpResponse<String> answer = administrator.send("POST", "/engine-rest/deployment/create",
                "application/x-www-form-urlencoded", "deployment-name=" + name, Map.of("Origin", EVIL_SITE));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void anAuthorizationHeaderThatIsNotCheckedBasicCredentialsExemptsNothing() {
        Browser administrator = signedIn(accounts.admin());
        Party party = newParty();
        String name = "bearer-" + UUID.randomUUID();

        HttpResponse<String> deactivate = administrator.send("POST", "/api/registry/parties/" + party.id()
                + "/deactivate", "application/json", "{\"version\":" + party.version() + "}",
                Map.of("Authorization", "Bearer junk"));
        HttpResponse<String> deploy = administrator.send("POST", "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + BOUNDARY, deployment(name), Map.of("Authorization", "Bearer junk"));

        assertThat(deactivate.statusCode()).isEqualTo(403);
        assertThat(deploy.statusCode()).isEqualTo(403);
        assertThat(statusOf(party.id())).isEqualTo("ACTIVE");
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void wrongBasicCredentialsAreRefusedEvenBesideASignedInSessionCookie() {
        String admin = accounts.admin();
        Browser administrator = signedIn(admin);
        Party party = newParty();

        HttpResponse<String> answer = administrator.send("POST", "/api/registry/parties/" + party.id()
                + "/deactivate", "application/json", "{\"version\":" + party.version() + "}",
                Map.of("Authorization", basic(admin, "not the password")));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(statusOf(party.id())).isEqualTo("ACTIVE");
    }

    @Test
    void cockpitsSignOutWithoutCamundasTokenIsRefusedAndTheSessionLives() {
        Browser administrator = signedIn(accounts.admin());

        HttpResponse<String> answer = administrator.send("POST", "/camunda/api/admin/auth/user/default/logout",
                "application/json", "", Map.of("Origin", EVIL_SITE));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(administrator.isSignedIn()).isTrue();
    }

    @Test
    void aProgramSendingItsOwnBasicCredentialsNeedsNoToken() {
        String admin = accounts.admin();
        Browser program = new Browser(port).withBasic(admin, TestAccounts.PASSWORD);
        Party party = newParty();
        String name = "basic-" + UUID.randomUUID();

        HttpResponse<String> deploy = program.send("POST", "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + BOUNDARY, deployment(name), Map.of());
        // the second call rides on the session the first opened, and is still checked by its own credentials
        HttpResponse<String> deactivate = program.send("POST", "/api/registry/parties/" + party.id()
                + "/deactivate", "application/json", "{\"version\":" + party.version() + "}", Map.of());

        assertThat(deploy.statusCode()).isEqualTo(200);
        assertThat(deactivate.statusCode()).isEqualTo(200);
        assertThat(statusOf(party.id())).isEqualTo("INACTIVE");
        repository.createDeploymentQuery().deploymentName(name).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aSignedInPageWithItsTokenMayChangeThings() {
        Browser administrator = signedIn(accounts.admin());
        Party party = newParty();
        String token = administrator.csrfTokenOf("/admin/parties/" + party.id());

        HttpResponse<String> answer = administrator.send("POST", "/api/registry/parties/" + party.id()
                + "/deactivate", "application/json", "{\"version\":" + party.version() + "}",
                Map.of("X-CSRF-TOKEN", token));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(statusOf(party.id())).isEqualTo("INACTIVE");
    }

    @Test
    void cockpitWithCamundasTokenSignsOutOfTheWholeApplication() {
        Browser administrator = signedIn(accounts.admin());
        String token = administrator.camundaCsrfToken();

        HttpResponse<String> answer = administrator.send("POST", "/camunda/api/admin/auth/user/default/logout",
                "application/json", "", Map.of("X-XSRF-TOKEN", token));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(administrator.isSignedIn()).isFalse();
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(username, TestAccounts.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private static String deployment(String name) {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="cross-site">
                  <process id="CrossSite" name="跨站部署" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Started" name="开始"/>
                  </process>
                </definitions>""";
        return Browser.multipart(BOUNDARY, Map.of("deployment-name", name), "data", "CrossSite.bpmn", model);
    }

    private Party newParty() {
        return jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                        values (:code, 'INSTRUMENT_MAKER', :name, 'SC', '510100', 'LOW', '{csrf@example.cn}')
                        returning id, version""")
                .param("code", CODES.code(ThreadLocalRandom.current().nextLong(1, 900_000_000), "510100"))
                .param("name", "跨站测试单位" + UUID.randomUUID().toString().substring(0, 8))
                .query(Party.class).single();
    }

    private String statusOf(long partyId) {
        return jdbc.sql("select status from party where id = :id").param("id", partyId).query(String.class).single();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Party(long id, int version) {
    }
}
