package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.web.PageSession;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job that fails on bad data becomes an incident on the ADMIN's incidents page; once the data is corrected, a
 * retry from the page runs it again and the incident is gone. Other roles get 403.
 */
@IntegrationTest
class IncidentPagesIntegrationTests {

    private static final String DEMO_PASSWORD = "chuanyu-demo";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedJobIsListedRetriedAfterTheFixAndThenGone() {
        String key = "IncidentProbe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repository.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_ReadingTaken")
                .serviceTask("Task_CheckReading").name("核对读数").camundaAsyncBefore()
                .camundaFailedJobRetryTimeCycle("R1/PT1S").camundaExpression("${reading.intValue() >= 0}")
                .endEvent("EndEvent_ReadingChecked").done()).deploy();
        String businessKey = "probe-" + key;
        String instance = runtime.startProcessInstanceByKey(key, businessKey, Map.of("reading", "not a number"))
                .getId();
        Incident incident = await().atMost(Duration.ofSeconds(60)).until(() -> runtime.createIncidentQuery()
                .processInstanceId(instance).incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult(),
                found -> found != null);

        PageSession admin = PageSession.signedIn(port, "admin", DEMO_PASSWORD);
        var page = admin.get("/admin/incidents");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"incident-" + incident.getId() + "\"", key, businessKey, "核对读数",
                "Task_CheckReading", "/admin/incidents/" + incident.getId() + "/retry",
                "/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        assertThat(admin.get("/admin/notices").body()).contains("href=\"/admin/incidents\"");

        for (String other : List.of("supervisor.sc", "inspector.cq")) {
            PageSession session = PageSession.signedIn(port, other, DEMO_PASSWORD);
            assertThat(session.get("/admin/incidents").statusCode()).as(other).isEqualTo(403);
            assertThat(session.post("/tasks", "/admin/incidents/" + incident.getId() + "/retry", Map.of())
                    .statusCode()).as(other).isEqualTo(403);
        }
        assertThat(runtime.createIncidentQuery().incidentId(incident.getId()).count()).isEqualTo(1);

        runtime.setVariable(instance, "reading", 42L);
        var retried = admin.post("/admin/incidents", "/admin/incidents/" + incident.getId() + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(retried.headers().firstValue("Location").orElse("")).endsWith("/admin/incidents");
        await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance).finished().count() == 1);

        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(admin.get("/admin/incidents").body()).doesNotContain("incident-" + incident.getId(), businessKey);
        assertThat(jdbc.sql("""
                        select actor from audit_record where action = 'INCIDENT_RETRIED' and subject_type = 'incident'
                        and subject_id = :id""").param("id", incident.getId()).query(String.class).list())
                .containsExactly("admin");
        assertThat(admin.post("/admin/incidents", "/admin/incidents/" + incident.getId() + "/retry", Map.of())
                .statusCode()).isEqualTo(404);
    }
}
