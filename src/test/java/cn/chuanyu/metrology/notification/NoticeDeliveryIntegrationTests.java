package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every kind of notice reaches the party's mailbox over SMTP, in its language, under its regulator's letterhead. */
@IntegrationTest
class NoticeDeliveryIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    NoticeDelivery delivery;

    NoticeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new NoticeFixtures(context);
    }

    @Test
    void everyInspectionNoticeGoesOutInChineseUnderTheSichuanLetterhead() throws Exception {
        String mailbox = NoticeFixtures.mailbox();
        long party = fixtures.party("SC", "zh-CN", mailbox);
        long inspection = fixtures.open(party, "SC");
        String pi = fixtures.processOf(inspection);

        MimeMessage notice = fixtures.awaitMessage(mailbox, "计量监督检查通知书");
        assertThat(NoticeFixtures.subject(notice)).startsWith("【四川省市场监督管理局】");
        assertThat(notice.getHeader("Content-Language", null)).isEqualTo("zh-CN");
        String noticeText = NoticeFixtures.part(notice, "text/plain");
        assertThat(noticeText).contains("四川省市场监督管理局", "2026年12月7日", "检查组：检查员", "计量授权证书",
                "/notice/acknowledge?t=");
        String noticeHtml = NoticeFixtures.part(notice, "text/html");
        assertThat(noticeHtml).contains("通知测试&lt;计量&gt;单位").doesNotContain("通知测试<计量>单位");

        fixtures.finding(inspection, "MAJOR", "标准器<script>溯源证书过期");
        fixtures.reachRectification(pi);
        MimeMessage order = fixtures.awaitMessage(mailbox, "限期整改通知书");
        assertThat(NoticeFixtures.part(order, "text/plain")).contains("严重", "标准器<script>溯源证书过期", "整改期限：",
                "/notice/rectification?t=");
        assertThat(NoticeFixtures.part(order, "text/html")).contains("标准器&lt;script&gt;溯源证书过期");

        management.executeJob(fixtures.timer(pi, "BoundaryEvent_RectificationReminder").getId());
        assertThat(NoticeFixtures.part(fixtures.awaitMessage(mailbox, "整改期限提醒"), "text/plain"))
                .contains("将于", "/notice/rectification?t=");

        // the reminder's send job shares the execution with the overdue timer: let it commit first
        fixtures.awaitAsyncStepsDone(pi);
        management.executeJob(fixtures.timer(pi, "BoundaryEvent_RectificationOverdue").getId());
        assertThat(NoticeFixtures.part(fixtures.awaitMessage(mailbox, "整改逾期通知"), "text/plain"))
                .contains("已逾期", "标准器<script>溯源证书过期");

        fixtures.completeTask(pi, "Task_HandleEscalation", Map.of("escalationDecision", "ACCEPT", "reason", "ok"));
        assertThat(NoticeFixtures.part(fixtures.awaitMessage(mailbox, "检查结果通知书"), "text/plain"))
                .contains("检查结论为：限期整改");

        assertThat(fixtures.messagesTo(mailbox)).hasSize(5);
        // the server holds a mail before the sender commits SENT (at least once: acceptance comes first)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select status || ':' || attempts from notice where party_id = :p")
                .param("p", party).query(String.class).list()).hasSize(5).containsOnly("SENT:1"));
        assertThat(auditedActions(party)).hasSize(5).containsOnly("NOTICE_SENT");
    }

    @Test
    void anEnglishSpeakingPartyInChongqingGetsEnglishUnderTheChongqingLetterhead() throws Exception {
        String mailbox = NoticeFixtures.mailbox();
        long party = fixtures.party("CQ", "en", mailbox);
        long inspection = fixtures.open(party, "CQ");
        String pi = fixtures.processOf(inspection);

        MimeMessage notice = fixtures.awaitMessage(mailbox, "Notice of metrology inspection");
        assertThat(NoticeFixtures.subject(notice)).contains("Notice Test <Metrology> Co.",
                "Chongqing Administration for Market Regulation");
        assertThat(notice.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(NoticeFixtures.part(notice, "text/plain")).contains("7 December 2026", "Inspection team: Inspector",
                "authorisation certificate").doesNotContain("检查");
        assertThat(notice.getFrom()[0].toString()).contains("notices@chuanyu-metrology.example");

        fixtures.finding(inspection, "MINOR", "Seal missing on dispenser 3");
        fixtures.reachRectification(pi);
        assertThat(NoticeFixtures.part(fixtures.awaitMessage(mailbox, "Order to rectify"), "text/plain"))
                .contains("Minor", "Seal missing on dispenser 3", "Deadline: ", "How to answer");
        management.executeJob(fixtures.timer(pi, "BoundaryEvent_RectificationReminder").getId());
        fixtures.awaitMessage(mailbox, "Reminder: rectification deadline");
        // the reminder's send job shares the execution with the overdue timer: let it commit first
        fixtures.awaitAsyncStepsDone(pi);
        management.executeJob(fixtures.timer(pi, "BoundaryEvent_RectificationOverdue").getId());
        fixtures.awaitMessage(mailbox, "Notice: rectification overdue");
        fixtures.completeTask(pi, "Task_HandleEscalation", Map.of("escalationDecision", "REFER", "reason", "no"));
        assertThat(NoticeFixtures.part(fixtures.awaitMessage(mailbox, "Notice of inspection result"), "text/plain"))
                .contains("Outcome: Fail", "referred for enforcement");
    }

    @Test
    void aRecognitionDecisionGoesOutAsAGenericNotice() throws Exception {
        String mailbox = NoticeFixtures.mailbox();
        long party = fixtures.party("CQ", "zh-CN", mailbox);

        NoticeStatus status = delivery.deliver(new NoticeRequest("test-" + party, "Task_SendRecognitionDecision",
                NoticeKind.RECOGNITION_DECISION, party, "RECOGNITION", 4242));

        assertThat(status).isEqualTo(NoticeStatus.SENT);
        MimeMessage decision = fixtures.awaitMessage(mailbox, "结果互认决定通知书");
        assertThat(NoticeFixtures.subject(decision)).startsWith("【重庆市市场监督管理局】");
        assertThat(NoticeFixtures.part(decision, "text/plain")).contains("互认申请作出决定");
    }

    @Test
    void aSentNoticeAskedForAgainIsNotSentAgain() {
        String mailbox = NoticeFixtures.mailbox();
        long party = fixtures.party("SC", "zh-CN", mailbox);
        NoticeRequest request = new NoticeRequest("test-" + party, "Task_SendRecognitionDecision",
                NoticeKind.RECOGNITION_DECISION, party, "RECOGNITION", 7);

        assertThat(List.of(delivery.deliver(request), delivery.deliver(request), delivery.deliver(request)))
                .containsExactly(NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT);
        assertThat(fixtures.messagesTo(mailbox)).hasSize(1);
        assertThat(jdbc.sql("select attempts from notice where party_id = :p").param("p", party)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidAddressEndsAsAFailedNoticeWithTheReasonAndTheProcessGoesOn() {
        long party = fixtures.party("SC", "zh-CN", "not an address@@example");
        long inspection = fixtures.open(party, "SC");
        String pi = fixtures.processOf(inspection);

        fixtures.awaitWaitingAt(pi, "Task_InspectOnSite");
        Map<String, Object> notice = jdbc.sql("select status, attempts, last_error, subject from notice"
                + " where party_id = :p").param("p", party).query().singleRow();
        assertThat(notice.get("status")).isEqualTo("FAILED");
        assertThat(notice.get("attempts")).isEqualTo(1);
        assertThat((String) notice.get("last_error")).contains("AddressException");
        assertThat((String) notice.get("subject")).contains("计量监督检查通知书");
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
        assertThat(auditedActions(party)).containsExactly("NOTICE_FAILED");
    }

    private List<String> auditedActions(long party) {
        return jdbc.sql("select a.action from audit_record a join notice n on a.subject_id = n.id::text"
                        + " where a.subject_type = 'notice' and n.party_id = :p order by a.sequence_no")
                .param("p", party).query(String.class).list();
    }
}
