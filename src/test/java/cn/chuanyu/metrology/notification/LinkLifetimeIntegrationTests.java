package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.MovableClock;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A rectification link lives as long as the deadline it answers plus the grace; the reminder carries a link that
 * lives as long, and an extended deadline brings a fresh link for the new deadline; an expired link's page says whom to contact. The clock stands in a far year so the
 * engine's own timers (real time) never fire by themselves: the test fires them.
 */
@IntegrationTest
class LinkLifetimeIntegrationTests {

    private static final Pattern RECTIFICATION_LINK = Pattern.compile("/notice/rectification\\?t=([A-Za-z0-9_\\-.]+)");
    private static final LocalDate ORDERED_ON = LocalDate.of(2090, 3, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    WebApplicationContext web;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    NoticeSettings settings;

    NoticeFixtures fixtures;
    MockMvc mvc;
    String mailbox;
    long inspection;
    String processInstanceId;

    @BeforeEach
    void inspection() {
        fixtures = new NoticeFixtures(context);
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        mailbox = NoticeFixtures.mailbox();
        inspection = fixtures.open(fixtures.party("SC", "zh-CN", mailbox), "SC");
        processInstanceId = fixtures.processOf(inspection);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void linksLiveUntilTheDeadlinePlusGraceTheReminderCarriesOneAnExtensionSendsAFreshOneAndAnExpiredOneSaysWhomToContact() throws Exception {
        clock.setTo(ORDERED_ON);
        fixtures.reachRectification(processInstanceId);
        LocalDate deadline = calendar.workingDays().after(ORDERED_ON, 20);
        String ordered = link(messages("限期整改通知书", 1).get(0));

        management.executeJob(fixtures.timer(processInstanceId, "BoundaryEvent_RectificationReminder").getId());
        String reminded = link(messages("整改期限提醒", 1).get(0));

        clock.setTo(deadline.plusDays(settings.linkGraceAfterDeadline().toDays()));
        assertThat(open(ordered).getResponse().getStatus()).as("the last day of the grace").isEqualTo(200);
        assertThat(open(reminded).getResponse().getStatus()).as("the reminder's link, too").isEqualTo(200);
        clock.setTo(deadline.plusDays(settings.linkGraceAfterDeadline().toDays() + 1));
        MvcResult expired = open(ordered);
        assertThat(expired.getResponse().getStatus()).isEqualTo(403);
        assertThat(expired.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("该链接已过期", "四川省市场监督管理局", "sc-metrology@chuanyu-metrology.example",
                        "检查任务 " + inspection + "（");

        management.executeJob(fixtures.timer(processInstanceId, "BoundaryEvent_RectificationOverdue").getId());
        fixtures.awaitWaitingAt(processInstanceId, "Task_HandleEscalation");
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_HandleEscalation").singleResult().getId(),
                Map.of("escalationDecision", "EXTEND", "rectificationRejections", 0));
        fixtures.awaitWaitingAt(processInstanceId, "Task_AwaitRectification");
        String extended = link(messages("限期整改通知书", 2).get(1));

        assertThat(extended).isNotEqualTo(ordered);
        assertThat(open(extended).getResponse().getStatus()).isEqualTo(200);
        assertThat(open(extended).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(jdbc.sql("select rectification_deadline from inspection where id = :id")
                        .param("id", inspection).query(LocalDate.class).single().getYear() + "年");
    }

    private MvcResult open(String token) throws Exception {
        return mvc.perform(get("/notice/rectification").param("t", token)).andReturn();
    }

    private List<MimeMessage> messages(String subject, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.messagesTo(mailbox).stream()
                .filter(m -> NoticeFixtures.subject(m).contains(subject)).count() >= count);
        return fixtures.messagesTo(mailbox).stream().filter(m -> NoticeFixtures.subject(m).contains(subject)).toList();
    }

    private static String link(MimeMessage message) {
        Matcher link = RECTIFICATION_LINK.matcher(NoticeFixtures.part(message, "text/plain"));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
