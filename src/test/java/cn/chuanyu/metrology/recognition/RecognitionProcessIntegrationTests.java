package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** One test per path through Recognition.bpmn on the real engine: a party of SC recognised in CQ. */
@IntegrationTest
class RecognitionProcessIntegrationTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Recognitions recognitions;
    @Autowired
    Inspections inspections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    RecognitionFixtures fixtures;
    CurrentUser scSupervisor;
    CurrentUser cqSupervisor;
    LocalDate today;

    @BeforeEach
    void people() {
        BpmnAwareTests.init(engine);
        fixtures = new RecognitionFixtures(jdbc, accounts, encoder, inspections, tasks);
        scSupervisor = fixtures.user("SC", Role.SUPERVISOR);
        cqSupervisor = fixtures.user("CQ", Role.SUPERVISOR);
        today = LocalDate.now(clock);
    }

    @Test
    void anEligibleRequestIsAcceptedExemptsThePartyAndExpiresAtItsEndDate() {
        long party = fixtures.party("SC", "WATER_METER", "GAS_METER");
        long id = request(party, passedInspection(party), "WATER_METER", "GAS_METER");
        ProcessInstance process = process(id);

        assertThat(process).isWaitingAt(RecognitionProcess.TASK_DECIDE);
        assertThat(task(process)).hasCandidateGroup("supervisor-cq");
        assertThat(recognitions.find(id, cqSupervisor).verdict()).isEqualTo("ELIGIBLE");

        recognitions.decide(id, Decision.ACCEPT, null, cqSupervisor);

        awaitWaitingAt(process, "TimerEvent_RecognitionEnds");
        assertThat(recognitions.find(id, cqSupervisor).status()).isEqualTo(RecognitionStatus.ACCEPTED);
        assertThat(recognitions.exemptPartyIds("CQ", Set.of("WATER_METER"), today)).contains(party);
        assertThat(recognitions.exemptPartyIds("SC", Set.of("WATER_METER"), today)).doesNotContain(party);
        assertThat(recognitions.recognisedCategories("CQ", today)).containsEntry(party, Set.of("WATER_METER", "GAS_METER"));
        assertThat(recognitions.recognisedCategories("SC", today)).doesNotContainKey(party);
        assertThat(noticeSteps(process)).containsExactly("Task_SendDecisionNotice");

        management.executeJob(management.createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult().getId());
        assertThat(process).isEnded().hasPassed("Task_ExpireRecognition");
        assertThat(recognitions.find(id, cqSupervisor).status()).isEqualTo(RecognitionStatus.EXPIRED);
        assertThat(recognitions.exemptPartyIds("CQ", Set.of("WATER_METER"), today)).doesNotContain(party);
    }

    @Test
    void aPartlyCoveredRequestIsAcceptedOnlyForTheInspectedCategories() {
        long party = fixtures.party("SC", "WATER_METER");
        long id = request(party, passedInspection(party), "WATER_METER", "TAXIMETER");

        RecognitionView assessed = recognitions.find(id, cqSupervisor);
        assertThat(assessed.verdict()).isEqualTo("PARTIAL");
        assertThat(assessed.uncoveredCategories()).containsExactly("TAXIMETER");
        assertThatThrownBy(() -> recognitions.decide(id, Decision.ACCEPT, null, cqSupervisor))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("decision");

        RecognitionView decided = recognitions.decide(id, Decision.ACCEPT_IN_PART, null, cqSupervisor);

        assertThat(decided.status()).isEqualTo(RecognitionStatus.PARTIALLY_ACCEPTED);
        assertThat(decided.recognisedCategories()).containsExactly("WATER_METER");
        awaitWaitingAt(process(id), "TimerEvent_RecognitionEnds");
        assertThat(recognitions.exemptPartyIds("CQ", Set.of("WATER_METER", "TAXIMETER"), today)).contains(party);
    }

    @Test
    void aRefusalEndsTheRequestNotifiesTheBusinessAndSuggestsAnInspection() {
        long party = fixtures.party("SC", "FUEL_DISPENSER");
        long id = request(party, passedInspection(party), "FUEL_DISPENSER");
        ProcessInstance process = process(id);

        assertThatThrownBy(() -> recognitions.decide(id, Decision.REFUSE, " ", cqSupervisor))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        recognitions.decide(id, Decision.REFUSE, "本省近期投诉较多，需实地检查", cqSupervisor);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(process).isEnded());
        assertThat(process).hasPassed("EndEvent_RecognitionRefused");
        assertThat(noticeSteps(process)).containsExactly("Task_SendDecisionNotice");
        assertThat(noticeText(process)).contains("不予互认", "本省近期投诉较多，需实地检查", "重庆市");
        assertThat(recognitions.find(id, cqSupervisor).status()).isEqualTo(RecognitionStatus.REFUSED);
        assertThat(recognitions.exemptPartyIds("CQ", Set.of("FUEL_DISPENSER"), today)).doesNotContain(party);
    }

    @Test
    void aFailOnReinspectionWithdrawsTheRecognitionAndAsksTheReceivingSupervisorsToReview() {
        long party = fixtures.party("SC", "ELECTRICITY_METER");
        long id = request(party, passedInspection(party), "ELECTRICITY_METER");
        ProcessInstance process = process(id);
        recognitions.decide(id, Decision.ACCEPT, null, cqSupervisor);
        awaitWaitingAt(process, "TimerEvent_RecognitionEnds");

        fixtures.concludedInspection(party, "SC", today, 1, 0);

        RecognitionView withdrawn = recognitions.find(id, cqSupervisor);
        assertThat(withdrawn.status()).isEqualTo(RecognitionStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).contains("failed");
        assertThat(recognitions.exemptPartyIds("CQ", Set.of("ELECTRICITY_METER"), today)).doesNotContain(party);
        awaitWaitingAt(process, RecognitionProcess.TASK_REVIEW_WITHDRAWAL);
        assertThat(task(process)).hasCandidateGroup("supervisor-cq");
        assertThat(noticeSteps(process)).containsExactly("Task_SendDecisionNotice", "Task_SendWithdrawalNotice");

        recognitions.reviewWithdrawal(id, "已通知本省检查科室，纳入下次抽查", cqSupervisor);

        assertThat(process).isEnded().hasPassed("EndEvent_WithdrawalReviewed");
    }

    @Test
    void theWithdrawalReviewIsATaskLikeTheOthersForTheReceivingProvincesSupervisorsOnly() throws Exception {
        long party = fixtures.party("SC", "GAS_METER");
        long id = request(party, passedInspection(party), "GAS_METER");
        ProcessInstance process = process(id);
        recognitions.decide(id, Decision.ACCEPT, null, cqSupervisor);
        awaitWaitingAt(process, "TimerEvent_RecognitionEnds");
        fixtures.concludedInspection(party, "SC", today, 1, 0);
        awaitWaitingAt(process, RecognitionProcess.TASK_REVIEW_WITHDRAWAL);
        String taskId = task(process).getId();

        var mine = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http
                .withBasicAuth(cqSupervisor.username(), RecognitionFixtures.PASSWORD)
                .getForObject("/api/tasks?limit=200", String.class));
        var listed = java.util.stream.StreamSupport.stream(mine.spliterator(), false)
                .filter(task -> task.get("id").asText().equals(taskId)).findFirst();
        assertThat(listed).as("in the CQ supervisor's GET /api/tasks").isPresent();
        assertThat(listed.get().get("kind").asText()).isEqualTo("RECOGNITION_WITHDRAWAL_REVIEW");
        assertThat(listed.get().get("subjectType").asText()).isEqualTo("RECOGNITION");
        assertThat(listed.get().get("subjectId").asLong()).isEqualTo(id);
        assertThat(listed.get().get("api").asText()).isEqualTo("/api/recognitions/" + id + "/withdrawal-review");
        assertThat(cn.chuanyu.metrology.web.PageSession.signedIn(port, cqSupervisor.username(),
                RecognitionFixtures.PASSWORD).get("/tasks").body())
                .contains("task-" + taskId, "复核已撤销的互认", "/recognitions/" + id);
        assertThat(http.withBasicAuth(scSupervisor.username(), RecognitionFixtures.PASSWORD)
                .getForObject("/api/tasks?limit=200", String.class)).doesNotContain(taskId);
    }

    @Test
    void aFailBeforeTheDecisionWithdrawsTheRequestInsteadOfTheDecisionTask() {
        long party = fixtures.party("SC", "HEAT_METER");
        long id = request(party, passedInspection(party), "HEAT_METER");
        ProcessInstance process = process(id);

        fixtures.concludedInspection(party, "SC", today, 1, 0);

        awaitWaitingAt(process, RecognitionProcess.TASK_REVIEW_WITHDRAWAL);
        assertThat(process).hasNotPassed("Task_SendDecisionNotice");
        assertThat(recognitions.find(id, cqSupervisor).status()).isEqualTo(RecognitionStatus.WITHDRAWN);
        assertThatThrownBy(() -> recognitions.decide(id, Decision.ACCEPT, null, cqSupervisor))
                .hasMessageContaining("WITHDRAWN");
    }

    @Test
    void aCurrentAuthorisationCertificateIsRecognisedWithoutAnInspection() {
        long party = fixtures.party("SC", "PRESSURE_GAUGE");
        long id = recognitions.request(new RecognitionRequest(party, null, "CQ", Set.of("PRESSURE_GAUGE"),
                today.plusYears(1), false, Basis.CERTIFICATE), scSupervisor);

        RecognitionView assessed = recognitions.find(id, cqSupervisor);
        assertThat(assessed.basis()).isEqualTo(Basis.CERTIFICATE);
        assertThat(assessed.verdict()).isEqualTo("ELIGIBLE");
        recognitions.decide(id, Decision.ACCEPT, null, cqSupervisor);
        assertThat(recognitions.exemptPartyIds("CQ", Set.of("PRESSURE_GAUGE"), today)).contains(party);
        assertThatThrownBy(() -> recognitions.request(new RecognitionRequest(party, null, "CQ",
                Set.of("PRESSURE_GAUGE"), today.plusYears(3), false, Basis.CERTIFICATE), scSupervisor))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("validUntil");
    }

    @Test
    void aFailedResultIsNotEligibleAndCanOnlyBeRefused() {
        long party = fixtures.party("SC", "TAXIMETER");
        long failed = fixtures.concludedInspection(party, "SC", today, 1, 0);
        long id = request(party, failed, "TAXIMETER");

        RecognitionView assessed = recognitions.find(id, cqSupervisor);
        assertThat(assessed.verdict()).isEqualTo("NOT_ELIGIBLE");
        assertThat(assessed.verdictReasons()).anyMatch(reason -> reason.contains("FAIL"));
        assertThatThrownBy(() -> recognitions.decide(id, Decision.ACCEPT_IN_PART, null, cqSupervisor))
                .isInstanceOf(InvalidInputException.class);
    }

    private long passedInspection(long party) {
        return fixtures.concludedInspection(party, "SC", today, 0, 0);
    }

    private long request(long party, long inspection, String... categories) {
        return recognitions.request(new RecognitionRequest(party, inspection, "CQ", Set.of(categories),
                today.plusYears(1), true, null), scSupervisor);
    }

    private ProcessInstance process(long id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey(RecognitionProcess.PROCESS_ID).singleResult();
    }

    private org.camunda.bpm.engine.task.Task task(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private void awaitWaitingAt(ProcessInstance process, String activityId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(process).isWaitingAt(activityId));
    }

    private String noticeText(ProcessInstance process) {
        return jdbc.sql("select text_body from notice where process_instance_id = :pi and kind = 'RECOGNITION_DECISION'")
                .param("pi", process.getId()).query(String.class).single();
    }

    private List<String> noticeSteps(ProcessInstance process) {
        return jdbc.sql("select step from notice where process_instance_id = :pi and kind = 'RECOGNITION_DECISION'"
                        + " order by id").param("pi", process.getId()).query(String.class).list();
    }
}
