package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class AuditedActsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<AuditRecord> recordsOf(String subjectType, String subjectId) {
        return trail.find(new AuditQuery(null, null, subjectType, subjectId, 0, 50)).records();
    }

    @Test
    void processStartTaskCompletionAndEndAreRecordedWithTheActorAndDecision() {
        String key = probeKey();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Review").endEvent().done()).deploy();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("supervisor.probe", null));

        String instanceId = runtimeService.startProcessInstanceByKey(key, "probe-1").getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        taskService.complete(taskId, Map.of("approved", true));

        assertThat(recordsOf("process-instance", instanceId)).extracting(AuditRecord::action)
                .containsExactly("PROCESS_ENDED", "PROCESS_STARTED");
        AuditRecord completion = recordsOf("task", taskId).get(0);
        assertThat(completion.action()).isEqualTo("TASK_COMPLETED");
        assertThat(completion.actor()).isEqualTo("supervisor.probe");
        assertThat(completion.detail()).contains("\"approved\":true", "\"processInstanceId\":\"" + instanceId + "\"",
                "\"taskDefinitionKey\":\"Task_Review\"");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aProcessStartTheEngineRollsBackLeavesNoRecord() {
        String key = probeKey();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Fail").camundaExpression("${undefinedBeanOfThisTest.run()}")
                .endEvent().done()).deploy();
        String businessKey = "probe-" + UUID.randomUUID();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key, businessKey))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(jdbc.sql("select count(*) from audit_record where detail like :detail")
                .param("detail", "%\"businessKey\":\"" + businessKey + "\"%").query(Long.class).single()).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void stepsTheJobExecutorRunsAreRecordedAsTheSystem() {
        String key = probeKey();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent().camundaAsyncAfter().endEvent().done()).deploy();

        String instanceId = runtimeService.startProcessInstanceByKey(key).getId();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(recordsOf("process-instance", instanceId))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(tuple("PROCESS_ENDED", AuditLog.SYSTEM), tuple("PROCESS_STARTED", AuditLog.SYSTEM)));
        assertThat(trail.verify().intact()).isTrue();
    }

    private static String probeKey() {
        return "AuditProbe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void signInsAndRefusedSignInsAreRecorded() throws Exception {
        String stranger = "nobody-" + UUID.randomUUID();

        assertThat(getAs("/api/admin/audit/verify", stranger, "guess").statusCode()).isEqualTo(401);
        assertThat(getAs("/api/admin/audit/verify", "admin", "chuanyu-demo").statusCode()).isEqualTo(200);

        assertThat(recordsOf("account", stranger)).extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SIGN_IN_REFUSED", "anonymous"));
        assertThat(trail.find(new AuditQuery("admin", "SIGNED_IN", "account", "admin", 0, 1)).total())
                .isPositive();
    }

    private HttpResponse<String> getAs(String path, String username, String password) throws Exception {
        String credentials = username + ":" + password;
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
