package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.SecondNode;
import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A fresh production installation as README "Security" sets it up, on a PostgreSQL of its own: the {@code prod}
 * profile, migrations run by the owner role {@code metrology_owner}, the application connected as the row-only
 * role {@code metrology_app}, no demo data, the first administrator from FIRST_ADMIN_USERNAME/_PASSWORD. The
 * product starts, the first administrator works in the API and in Cockpit, an inspection runs its whole life, the
 * audit chain grows and checks, and the application's role cannot change the schema. One node, one start.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionInstallationIntegrationTests {

    private static final String OWNER_PASSWORD = "owner password for migrations";
    private static final String APP_PASSWORD = "application password, rows only";
    private static final String FIRST_ADMIN = "first.admin";
    private static final String FIRST_ADMIN_PASSWORD = "川渝 first administrator 2026";
    private static final String STAFF_PASSWORD = "staff password of 2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    GreenMail sharedMailServer;

    @Autowired
    PasswordEncoder encoder;

    EmbeddedPostgres postgres;
    SecondNode node;
    JdbcClient superuser;
    JdbcClient application;

    @BeforeAll
    void installAndStartOneProductionNode() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
        JdbcClient operator = JdbcClient.create(postgres.getPostgresDatabase());
        operator.sql("create role metrology_owner login password '" + OWNER_PASSWORD + "'").update();
        operator.sql("create role metrology_app login password '" + APP_PASSWORD + "'").update();
        operator.sql("create database metrology owner metrology_owner").update();
        superuser = JdbcClient.create(connectTo("postgres", null));
        application = JdbcClient.create(connectTo("metrology_app", APP_PASSWORD));
        node = SecondNode.start(Map.ofEntries(
                Map.entry("spring.profiles.active", "prod"),
                Map.entry("spring.datasource.url", url()),
                Map.entry("spring.datasource.username", "metrology_app"),
                Map.entry("spring.datasource.password", APP_PASSWORD),
                Map.entry("spring.flyway.user", "metrology_owner"),
                Map.entry("spring.flyway.password", OWNER_PASSWORD),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(sharedMailServer.getSmtp().getPort())),
                Map.entry("chuanyu.notices.link-secret", "production secret of more than thirty-two characters"),
                Map.entry("chuanyu.audit.chain.key", "2026a:production audit key of more than thirty-two characters"),
                Map.entry("chuanyu.audit.checkpoints.recipients", "admin.sc@example.org,admin.cq@example.org"),
                Map.entry("chuanyu.first-admin.username", FIRST_ADMIN),
                Map.entry("chuanyu.first-admin.password", FIRST_ADMIN_PASSWORD),
                // production's BCrypt cost, not the test profile's (which the prod profile would refuse)
                Map.entry("chuanyu.sign-in.password-hash-cost", "10"),
                Map.entry("camunda.bpm.webapp.enabled", "true"),
                // the test talks plain HTTP to the node: cookies marked Secure would never come back
                Map.entry("server.servlet.session.cookie.secure", "false"),
                Map.entry("camunda.bpm.webapp.session-cookie.enable-secure-cookie", "false"),
                Map.entry("camunda.bpm.webapp.csrf.enable-secure-cookie", "false")));
    }

    @AfterAll
    void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        postgres.close();
    }

    @Test
    void theOwnerRoleRanEveryMigrationAndOwnsBothSchemasTables() {
        assertThat(superuser.sql("select distinct installed_by from metrology.flyway_schema_history where version is not null")
                .query(String.class).list()).containsExactly("metrology_owner");
        assertThat(superuser.sql("""
                        select distinct tableowner from pg_tables where schemaname in ('public', 'metrology')""")
                .query(String.class).list()).containsExactly("metrology_owner");
        assertThat(superuser.sql("select count(*) from pg_tables where schemaname = 'public' and tablename like 'act_%'")
                .query(Integer.class).single()).isGreaterThan(40);
        assertThat(superuser.sql("select count(*) from pg_indexes where indexname = 'act_idx_task_parent_task'")
                .query(Integer.class).single()).isOne();
    }

    @Test
    void theApplicationsRoleMayNeitherChangeTheSchemaNorRewriteTheAuditChain() {
        for (String ddl : List.of("create table public.intruder (id int)", "create table metrology.intruder (id int)",
                "alter table public.act_ru_task add column intruder int", "drop index public.act_idx_task_parent_task",
                "create schema intruder")) {
            assertThatThrownBy(() -> application.sql(ddl).update()).as(ddl)
                    .rootCause().message().containsAnyOf("permission denied", "must be owner");
        }
        for (String rewrite : List.of("update metrology.audit_record set actor = 'x'",
                "delete from metrology.audit_record", "truncate metrology.audit_record",
                "update metrology.audit_checkpoint set head_hash = 'x'", "delete from metrology.audit_checkpoint",
                "delete from metrology.flyway_schema_history")) {
            assertThatThrownBy(() -> application.sql(rewrite).update()).as(rewrite)
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void theFirstAdministratorWasCreatedOnceAuditedAndWorksInTheApiAndInCockpit() throws IOException {
        Browser program = new Browser(node.port()).withBasic(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
        JsonNode audit = json(program.get("/api/admin/audit?action=FIRST_ADMIN_CREATED"));
        assertThat(audit.toString()).contains("FIRST_ADMIN_CREATED", FIRST_ADMIN);
        assertThat(superuser.sql("select count(*) from metrology.app_user where role = 'ADMIN'")
                .query(Integer.class).single()).isOne();
        assertThat(superuser.sql("select password_hash from metrology.app_user where username = :name")
                .param("name", FIRST_ADMIN).query(String.class).single()).as("BCrypt at cost 10").startsWith("$2a$10$");

        Browser browser = new Browser(node.port());
        browser.signIn(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
        assertThat(browser.get("/camunda/app/cockpit/secondNode/").statusCode()).isEqualTo(200);
        HttpResponse<String> camundaUser = browser.get("/camunda/api/admin/auth/user/secondNode");
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + FIRST_ADMIN + "\"", "cockpit");
        assertThat(browser.get("/camunda/api/cockpit/plugin/base/secondNode/process-definition/statistics")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anInspectionRunsItsWholeLifeAndTheAuditChainGrowsAndChecks() throws IOException {
        long auditBefore = auditRecords();
        long party = insertParty();
        long inspectorA = insertStaff("INSPECTOR", "P-I-1");
        long inspectorB = insertStaff("INSPECTOR", "P-I-2");
        long supervisorStaff = insertStaff("SUPERVISOR", "P-S-1");
        insertAccount("p.inspector", "INSPECTOR", inspectorA);
        insertAccount("p.colleague", "INSPECTOR", inspectorB);
        insertAccount("p.supervisor", "SUPERVISOR", supervisorStaff);
        Browser supervisor = new Browser(node.port()).withBasic("p.supervisor", STAFF_PASSWORD);
        Browser inspector = new Browser(node.port()).withBasic("p.inspector", STAFF_PASSWORD);
        Browser colleague = new Browser(node.port()).withBasic("p.colleague", STAFF_PASSWORD);

        long id = json(supervisor.send("POST", "/api/inspections", "application/json", JSON.writeValueAsString(
                Map.of("partyId", party, "inspectorIds", List.of(inspectorA, inspectorB),
                        "plannedDate", LocalDate.now().plusDays(3).toString())), Map.of())).get("id").asLong();
        String onSite = awaitTask(inspector, id, "ON_SITE");
        // the party's representative signs the on-site record and both inspectors confirm it (README "On-site record")
        assertThat(inspector.send("POST", "/api/inspections/" + id + "/record/signature", "application/json",
                JSON.writeValueAsString(cn.chuanyu.metrology.inspection.RecordSignatures.body()), Map.of())
                .statusCode()).isEqualTo(204);
        for (Browser member : List.of(inspector, colleague)) {
            assertThat(member.send("POST", "/api/inspections/" + id + "/record/confirmation", "application/json", "{}",
                    Map.of()).statusCode()).isEqualTo(204);
        }
        assertThat(inspector.send("POST", "/api/tasks/" + onSite + "/complete", "application/json",
                "{\"kind\":\"ON_SITE\"}", Map.of()).statusCode()).isEqualTo(204);
        String review = awaitTask(supervisor, id, "REVIEW");
        assertThat(supervisor.send("POST", "/api/tasks/" + review + "/complete", "application/json",
                "{\"kind\":\"REVIEW\",\"approved\":true}", Map.of()).statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(
                json(supervisor.get("/api/inspections/" + id)).at("/inspection/status").asText()));
        assertThat(superuser.sql("select n.status from metrology.notice n join metrology.inspection i "
                        + "on i.process_instance_id = n.process_instance_id where i.id = :id")
                .param("id", id).query(String.class).list()).isNotEmpty().containsOnly("SENT");
        assertThat(auditRecords()).isGreaterThan(auditBefore + 4);
        Browser administrator = new Browser(node.port()).withBasic(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
        assertThat(json(administrator.get("/api/admin/audit/verify")).toString()).contains("\"intact\":true");
    }

    @Test
    void theApiDocumentationIsOffInProduction() {
        Browser anybody = new Browser(node.port());

        assertThat(anybody.get("/v3/api-docs").statusCode()).isEqualTo(404);
        assertThat(anybody.get("/swagger-ui.html").statusCode()).isEqualTo(404);
    }

    private String awaitTask(Browser user, long inspectionId, String kind) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode task : json(user.get("/api/tasks?limit=200"))) {
                if (task.get("inspectionId").asLong() == inspectionId && task.get("kind").asText().equals(kind)) {
                    return task.get("id").asText();
                }
            }
            return null;
        }, task -> task != null);
    }

    private long insertParty() {
        return application.sql("""
                        insert into metrology.party (credit_code, kind, name_zh, province, region_code, risk_class,
                                                     contact_emails)
                        values (:code, 'AUTHORISED_BODY', '生产环境测试计量所', 'SC', '510100', 'LOW',
                                '{production@example.cn}')
                        returning id""").param("code", new CreditCodeGenerator(2026).code(1, "510100"))
                .query(Long.class).single();
    }

    private long insertStaff(String role, String staffNo) {
        return application.sql("""
                        insert into metrology.staff (staff_no, role, name_zh, province)
                        values (:no, :role, :name, 'SC') returning id""")
                .param("no", staffNo).param("role", role).param("name", "生产" + staffNo)
                .query(Long.class).single();
    }

    private void insertAccount(String username, String role, long staffId) {
        application.sql("""
                        insert into metrology.app_user (username, password_hash, display_name, role, province, staff_id)
                        values (:username, :hash, :username, :role, 'SC', :staff)""")
                .param("username", username).param("hash", encoder.encode(STAFF_PASSWORD)).param("role", role)
                .param("staff", staffId).update();
    }

    private long auditRecords() {
        return superuser.sql("select count(*) from metrology.audit_record").query(Long.class).single();
    }

    private PGSimpleDataSource connectTo(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/metrology";
    }

    private static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
