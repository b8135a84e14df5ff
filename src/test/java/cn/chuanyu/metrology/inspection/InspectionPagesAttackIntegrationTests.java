package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspection pages against another province's staff (404, nothing stored), a party name full of markup, and
 * the diagram's model, which only those who may see the inspection get.
 */
@IntegrationTest
class InspectionPagesAttackIntegrationTests {

    private static final String XSS = "<script>alert('party')</script>";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Inspections inspections;
    @Autowired
    TaskService tasks;
    @Autowired
    Clock clock;

    @Test
    void anotherProvincesInspectionAndTaskAreNotFoundAndThePartyNameIsShownAsText() {
        InspectionFixtures fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        jdbc.sql("update party set name_zh = :name where id = :id").param("name", "页面攻击计量所" + XSS)
                .param("id", party).update();
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        String colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "page-attack-test");
        Task onSite = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey("Task_InspectOnSite")
                .singleResult(), task -> task != null);

        PageSession own = PageSession.signedIn(port, inspector, InspectionFixtures.PASSWORD);
        for (String page : List.of("/inspections/" + id, "/tasks/" + onSite.getId())) {
            String body = own.get(page).body();
            assertThat(body).as(page).contains("页面攻击计量所&lt;script&gt;alert(&#39;party&#39;)&lt;/script&gt;")
                    .doesNotContain(XSS);
        }

        for (String other : List.of(fixtures.user("CQ", StaffRole.SUPERVISOR), fixtures.user("CQ", StaffRole.INSPECTOR))) {
            PageSession session = PageSession.signedIn(port, other, InspectionFixtures.PASSWORD);
            assertThat(session.get("/inspections/" + id).statusCode()).as(other).isEqualTo(404);
            assertThat(session.get("/tasks/" + onSite.getId()).statusCode()).as(other).isEqualTo(404);
            assertThat(session.post("/tasks", "/tasks/" + onSite.getId() + "/findings", Map.of(
                    "checklistItem", "1", "clause", "JJF", "severity", "MINOR", "description", XSS)).statusCode())
                    .as(other).isEqualTo(404);
        }
        assertThat(jdbc.sql("select count(*) from finding where inspection_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theDiagramModelIsServedToTheTeamOnlyNotToAnotherProvinceNorAnonymously() {
        InspectionFixtures fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        String colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "diagram-test");
        String model = "/inspections/" + id + "/diagram.bpmn";

        var own = PageSession.signedIn(port, inspector, InspectionFixtures.PASSWORD).get(model);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(own.body()).containsPattern("<bpmn:process [^>]*id=\"Inspection\"")
                .contains("Task_InspectOnSite", "bpmndi:BPMNShape");

        for (String other : List.of(fixtures.user("CQ", StaffRole.SUPERVISOR), fixtures.user("CQ", StaffRole.INSPECTOR))) {
            var answer = PageSession.signedIn(port, other, InspectionFixtures.PASSWORD).get(model);
            assertThat(answer.statusCode()).as(other).isEqualTo(404);
            assertThat(answer.body()).as(other).doesNotContain("Task_InspectOnSite");
        }
        var anonymous = PageSession.anonymous(port).get(model);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(PageSession.signedIn(port, inspector, InspectionFixtures.PASSWORD)
                .get("/inspections/999999999/diagram.bpmn").statusCode()).isEqualTo(404);
    }
}
