package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** One test per path through Inspection.bpmn, on the real engine; timers are fired by executing their jobs. */
@IntegrationTest
class InspectionProcessIntegrationTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    Inspections inspections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    InspectionFixtures fixtures;
    long inspectionId;
    ProcessInstance process;

    @BeforeEach
    void openInspection() {
        BpmnAwareTests.init(engine);
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        List<Long> team = List.of(fixtures.staff("SC", StaffRole.INSPECTOR), fixtures.staff("SC", StaffRole.INSPECTOR));
        inspectionId = inspections.open(new OpenInspection(party, team, LocalDate.of(2026, 12, 7), null), "test");
        process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(inspectionId))
                .singleResult();
        awaitWaitingAt("Task_InspectOnSite");
    }

    @Test
    void noFindingsPassAndArePublished() {
        completeTask("Task_InspectOnSite", Map.of());
        approveWithFindings(0, 0, 0);

        awaitEnded();
        assertThat(process).hasPassed("Task_FileFinalRecord", "Task_SendResultNotice", "Task_PublishDisclosure");
        assertThat(jdbc.sql("select stage from inspection_record where inspection_id = :id").param("id", inspectionId)
                .query(String.class).list()).containsExactly("FINAL");
        assertThat(column("outcome")).isEqualTo("PASS");
        assertThat(column("status")).isEqualTo("CLOSED");
        assertThat(noticeKinds()).containsExactly("INSPECTION_NOTICE", "RESULT_NOTICE");
        assertThat(jdbc.sql("select outcome from disclosure where inspection_id = :id").param("id", inspectionId)
                .query(String.class).single()).isEqualTo("PASS");
    }

    @Test
    void aSupervisorReturnsTheInspectionToTheTeam() {
        completeTask("Task_InspectOnSite", Map.of());
        completeTask("Task_ReviewInspection", Map.of(InspectionProcess.REVIEW_APPROVED, false));

        assertThat(process).isWaitingAt("Task_InspectOnSite");
        assertThat(column("status")).isEqualTo("ON_SITE");
    }

    @Test
    void aCriticalFindingFailsAndIsReferredForEnforcement() {
        completeTask("Task_InspectOnSite", Map.of());
        approveWithFindings(1, 2, 0);

        awaitEnded();
        assertThat(process).hasPassed("Task_ReferForEnforcement").hasNotPassed("Task_OrderRectification");
        assertThat(column("outcome")).isEqualTo("FAIL");
        assertThat(column("referred_for_enforcement")).isEqualTo("true");
    }

    @Test
    void anAcceptedRectificationClosesTheInspection() {
        reachRectification();
        assertThat(column("status")).isEqualTo("RECTIFYING");

        submitRectification();
        completeTask("Task_VerifyRectification", Map.of(InspectionProcess.RECTIFICATION_ACCEPTED, true));

        awaitEnded();
        assertThat(column("outcome")).isEqualTo("RECTIFY");
        assertThat(noticeKinds()).containsExactly("INSPECTION_NOTICE", "RECTIFICATION_ORDER", "RESULT_NOTICE");
    }

    @Test
    void theInspectionIsRectifyingOnlyOnceTheProcessWaitsForTheHandIn() {
        completeTask("Task_InspectOnSite", Map.of());
        approveWithFindings(0, 1, 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> "RECTIFYING".equals(column("status")));
        assertThat(process).isWaitingAt("Task_AwaitRectification");
        assertThat(column("rectification_round")).isEqualTo("1");
    }

    @Test
    void aRejectedRectificationIsOrderedOnceMoreAndThenAccepted() {
        reachRectification();
        submitRectification();
        completeTask("Task_VerifyRectification", Map.of(InspectionProcess.RECTIFICATION_ACCEPTED, false,
                InspectionProcess.RECTIFICATION_REJECTIONS, 1));

        awaitWaitingAt("Task_AwaitRectification");
        assertThat(column("rectification_round")).isEqualTo("2");
        submitRectification();
        completeTask("Task_VerifyRectification", Map.of(InspectionProcess.RECTIFICATION_ACCEPTED, true));

        awaitEnded();
        assertThat(jdbc.sql("select step from notice where process_instance_id = :pi and kind = 'RECTIFICATION_ORDER'"
                + " order by step").param("pi", process.getId()).query(String.class).list())
                .containsExactly("Task_SendRectificationOrder#1", "Task_SendRectificationOrder#2");
    }

    @Test
    void aSecondRejectionEscalatesToTheSupervisor() {
        reachRectification();
        for (int rejections = 1; rejections <= 2; rejections++) {
            awaitWaitingAt("Task_AwaitRectification");
            submitRectification();
            completeTask("Task_VerifyRectification", Map.of(InspectionProcess.RECTIFICATION_ACCEPTED, false,
                    InspectionProcess.RECTIFICATION_REJECTIONS, rejections));
        }

        assertThat(process).isWaitingAt("Task_HandleEscalation");
        assertThat(column("status")).isEqualTo("ESCALATED");
        completeTask("Task_HandleEscalation", Map.of(InspectionProcess.ESCALATION_DECISION, "ACCEPT"));
        awaitEnded();
    }

    @Test
    void theReminderGoesOutBeforeTheDeadlineAndTheRectificationStillWaits() {
        reachRectification();

        Job reminder = timer("BoundaryEvent_RectificationReminder");
        Job overdue = timer("BoundaryEvent_RectificationOverdue");
        assertThat(reminder.getDuedate()).isBefore(overdue.getDuedate());
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(
                OffsetDateTime.parse((String) runtime.getVariable(process.getId(),
                        InspectionProcess.RECTIFICATION_DUE_AT)).toInstant());
        management.executeJob(reminder.getId());

        await().atMost(Duration.ofSeconds(30)).until(() -> noticeKinds().contains("RECTIFICATION_REMINDER"));
        assertThat(process).isWaitingAt("Task_AwaitRectification");
    }

    @Test
    void anOverdueRectificationEscalatesAndTheSupervisorRefers() {
        reachRectification();

        management.executeJob(timer("BoundaryEvent_RectificationOverdue").getId());

        awaitWaitingAt("Task_HandleEscalation");
        assertThat(noticeKinds()).contains("OVERDUE_NOTICE");
        completeTask("Task_HandleEscalation", Map.of(InspectionProcess.ESCALATION_DECISION, "REFER"));
        awaitEnded();
        assertThat(column("outcome")).isEqualTo("FAIL");
        assertThat(column("referred_for_enforcement")).isEqualTo("true");
    }

    @Test
    void anEscalationGrantsANewDeadline() {
        reachRectification();
        management.executeJob(timer("BoundaryEvent_RectificationOverdue").getId());
        awaitWaitingAt("Task_HandleEscalation");

        completeTask("Task_HandleEscalation", Map.of(InspectionProcess.ESCALATION_DECISION, "EXTEND",
                InspectionProcess.RECTIFICATION_REJECTIONS, 0));

        awaitWaitingAt("Task_AwaitRectification");
        assertThat(column("rectification_round")).isEqualTo("2");
    }

    private void reachRectification() {
        completeTask("Task_InspectOnSite", Map.of());
        approveWithFindings(0, 1, 2);
        awaitWaitingAt("Task_AwaitRectification");
    }

    private void approveWithFindings(int critical, int major, int minor) {
        completeTask("Task_ReviewInspection", Map.of(InspectionProcess.REVIEW_APPROVED, true,
                InspectionProcess.CRITICAL_FINDINGS, critical, InspectionProcess.MAJOR_FINDINGS, major,
                InspectionProcess.MINOR_FINDINGS, minor));
    }

    private void submitRectification() {
        runtime.createMessageCorrelation(InspectionProcess.MESSAGE_RECTIFICATION_SUBMITTED)
                .processInstanceBusinessKey(String.valueOf(inspectionId)).correlate();
        assertThat(process).isWaitingAt("Task_VerifyRectification");
    }

    private void completeTask(String taskKey, Map<String, Object> variables) {
        awaitWaitingAt(taskKey);
        var task = tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(taskKey).singleResult();
        tasks.complete(task.getId(), variables);
    }

    private Job timer(String activityId) {
        return management.createJobQuery().processInstanceId(process.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private void awaitWaitingAt(String activityId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(process).isWaitingAt(activityId));
    }

    private void awaitEnded() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(process).isEnded());
    }

    private String column(String name) {
        return jdbc.sql("select " + name + "::text from inspection where id = :id").param("id", inspectionId)
                .query(String.class).single();
    }

    private List<String> noticeKinds() {
        return jdbc.sql("select kind from notice where process_instance_id = :pi order by id")
                .param("pi", process.getId()).query(String.class).list();
    }
}
