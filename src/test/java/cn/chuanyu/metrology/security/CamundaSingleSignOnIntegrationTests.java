package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CamundaSingleSignOnIntegrationTests {

    private static final String AUTHORIZATION_CHECK =
            "/engine-rest/authorization/check?permissionName=READ&resourceName=process-definition&resourceType=6";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(userAccounts, encoder, jdbc);
    }

    @Test
    void administratorSignedInOnceReachesTheEngineRestApiAndCockpit() {
        String admin = accounts.admin();
        Browser browser = new Browser(port);
        assertThat(browser.signIn(admin, TestAccounts.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        assertThat(browser.get("/engine-rest/engine").statusCode()).isEqualTo(200);
        var definitions = browser.get("/engine-rest/process-definition");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).startsWith("[");
        var cockpit = browser.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("<html");
    }

    @Test
    void cockpitKnowsTheAdministratorWithoutAskingForAPassword() {
        String admin = accounts.admin();
        Browser browser = new Browser(port);
        browser.signIn(admin, TestAccounts.PASSWORD);
        browser.get("/camunda/app/cockpit/default/");

        var camundaUser = browser.get("/camunda/api/admin/auth/user/default");

        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + admin + "\"").contains("cockpit", "admin", "tasklist");
    }

    @Test
    void engineRestCallsRunAsTheSignedInAdministratorWithHisGroups() {
        String admin = accounts.admin();
        var check = new Browser(port).withBasic(admin, TestAccounts.PASSWORD).get(AUTHORIZATION_CHECK);

        // without an engine user the engine answers 401 "You must be authenticated in order to use this resource."
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("\"authorized\":true");
    }

    @Test
    void anonymousCallersGet401FromTheEngineAndAreSentToTheLoginPageFromCockpit() {
        Browser anonymous = new Browser(port);

        assertThat(anonymous.get("/engine-rest/engine").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        var cockpit = anonymous.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void supervisorsAndInspectorsAreForbiddenTheEngineAndItsWebapps() {
        for (String user : new String[] {accounts.create(Role.SUPERVISOR, "SC"), accounts.create(Role.INSPECTOR, "CQ")}) {
            Browser basic = new Browser(port).withBasic(user, TestAccounts.PASSWORD);
            assertThat(basic.get("/engine-rest/engine").statusCode()).as(user).isEqualTo(403);
            assertThat(basic.get("/engine-rest/process-definition").statusCode()).as(user).isEqualTo(403);

            Browser session = new Browser(port);
            session.signIn(user, TestAccounts.PASSWORD);
            assertThat(session.get("/camunda/app/cockpit/").statusCode()).as(user).isEqualTo(403);
            assertThat(session.get("/camunda/app/cockpit/default/").statusCode()).as(user).isEqualTo(403);
            assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void everyNewAccountBecomesACamundaUserWithoutPasswordInTheGroupOfItsRole() {
        String admin = accounts.admin();
        String supervisor = accounts.create(Role.SUPERVISOR, "SC");
        String inspector = accounts.create(Role.INSPECTOR, "CQ");
        var identity = engine.getIdentityService();

        assertThat(groupsOf(admin)).containsExactly("camunda-admin");
        assertThat(groupsOf(supervisor)).containsExactly("supervisor-sc");
        assertThat(groupsOf(inspector)).containsExactly("inspector-cq");
        User camundaUser = identity.createUserQuery().userId(inspector).singleResult();
        assertThat(camundaUser.getFirstName()).startsWith("Test ");
        assertThat(camundaUser.getPassword()).isNull();
    }

    @Test
    void administratorsMayDoEverythingOnEveryCamundaResource() {
        var grants = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("camunda-admin")
                .resourceId("*").list();

        assertThat(grants).hasSize(org.camunda.bpm.engine.authorization.Resources.values().length)
                .allSatisfy(grant -> assertThat(grant.isEveryPermissionGranted()).isTrue());
    }

    @Test
    void signingOutOfCockpitEndsTheApplicationSessionToo() {
        String admin = accounts.admin();
        Browser browser = new Browser(port);
        browser.signIn(admin, TestAccounts.PASSWORD);
        browser.get("/camunda/app/cockpit/default/");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        String token = browser.camundaCsrfToken();

        var logout = browser.send("POST", "/camunda/api/admin/auth/user/default/logout", "application/json", "",
                java.util.Map.of("X-XSRF-TOKEN", token));
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);

        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void anAdministratorAddedStraightIntoTheDatabaseReachesCockpitAfterSigningIn() {
        String username = "sql-admin-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role)
                        values (:username, :hash, 'Added by SQL', 'ADMIN')""")
                .param("username", username).param("hash", encoder.encode(TestAccounts.PASSWORD)).update();
        Browser browser = new Browser(port);
        browser.signIn(username, TestAccounts.PASSWORD);

        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        var camundaUser = browser.get("/camunda/api/admin/auth/user/default");

        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + username + "\"");
        assertThat(groupsOf(username)).containsExactly("camunda-admin");
    }

    @Test
    void camundasOwnPasswordSignInAndFirstAdminSetUpAreClosedEvenToAdministrators() {
        String admin = accounts.admin();
        Browser browser = new Browser(port);
        browser.signIn(admin, TestAccounts.PASSWORD);

        assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                java.util.Map.of("username", admin, "password", "anything")).statusCode()).isEqualTo(403);
        assertThat(browser.post("/camunda/api/admin/setup/default/user/create").statusCode()).isEqualTo(403);
    }

    private java.util.List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
