package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SMTP down while notices are due: the send jobs fail and retry with a growing delay, one runs out of retries and
 * becomes an incident; with the server back every notice arrives exactly once, the retried incident included.
 */
@IntegrationTest
class NoticeOutageIntegrationTests {

    private static final int NOTICES = 12;
    private static final String SEND_TASK = "Task_SendInspectionNotice";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    GreenMail greenMail;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    WebApplicationContext context;

    @Test
    void everyNoticeDueDuringAnOutageIsDeliveredExactlyOnceAfterIt() throws Exception {
        NoticeFixtures fixtures = new NoticeFixtures(context);
        List<String> mailboxes = new ArrayList<>();
        List<Long> parties = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        greenMail.stop();
        try {
            for (int i = 0; i < NOTICES; i++) {
                String mailbox = NoticeFixtures.mailbox();
                long party = fixtures.party(i % 2 == 0 ? "SC" : "CQ", i % 3 == 0 ? "en" : "zh-CN", mailbox);
                mailboxes.add(mailbox);
                parties.add(party);
                processes.add(fixtures.processOf(fixtures.open(party, i % 2 == 0 ? "SC" : "CQ")));
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> failedOnce(parties) == NOTICES);
            assertThat(notices(parties)).allSatisfy(n -> {
                assertThat(n.get("status")).isEqualTo("PENDING");
                assertThat((String) n.get("last_error")).contains("Connect");
            });
            for (String pi : processes) {
                Job job = sendJob(pi);
                assertThat(job.getRetries()).isPositive();
                assertThat(job.getExceptionMessage()).contains("not sent, will retry");
                assertThat(job.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 30_000));
            }

            long firstDelay = sendJob(processes.get(1)).getDuedate().getTime() - System.currentTimeMillis();
            assertThat(firstDelay).isBetween(30_000L, 61_000L);
            runAgainNow(processes.get(1));
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(parties.get(1)) == 2
                    && sendJob(processes.get(1)).getDuedate().getTime() > System.currentTimeMillis() + 10_000);
            long secondDelay = sendJob(processes.get(1)).getDuedate().getTime() - System.currentTimeMillis();
            assertThat(secondDelay).isBetween(240_000L, 301_000L);

            management.setJobRetries(sendJob(processes.get(0)).getId(), 1);
            runAgainNow(processes.get(0));
            await().atMost(Duration.ofSeconds(60)).until(() -> incident(processes.get(0)) != null);
        } finally {
            greenMail.start();
        }

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(post("/api/admin/incidents/{id}/retry", incident(processes.get(0)).getId())
                .with(user("admin-test").roles("ADMIN")).with(csrf())).andExpect(status().isNoContent());
        for (String pi : processes.subList(1, NOTICES)) {
            runAgainNow(pi);
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> notices(parties).stream()
                .allMatch(n -> "SENT".equals(n.get("status"))));
        for (String mailbox : mailboxes) {
            List<MimeMessage> received = fixtures.messagesTo(mailbox);
            assertThat(received).as(mailbox).hasSize(1);
        }
        Set<String> messageIds = mailboxes.stream().flatMap(m -> fixtures.messagesTo(m).stream())
                .map(NoticeFixtures::messageId).collect(Collectors.toSet());
        assertThat(messageIds).hasSize(NOTICES);
        assertThat(incident(processes.get(0))).isNull();

        long sentNotice = (Long) notices(parties).get(0).get("id");
        assertThat(delivery.send(sentNotice)).isEqualTo(NoticeStatus.SENT);
        assertThat(fixtures.messagesTo(mailboxes.get(0))).hasSize(1);
    }

    private Job sendJob(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(SEND_TASK).singleResult();
    }

    private void runAgainNow(String processInstanceId) {
        management.setJobDuedate(sendJob(processInstanceId).getId(), new Date());
    }

    private Incident incident(String processInstanceId) {
        return runtime.createIncidentQuery().processInstanceId(processInstanceId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult();
    }

    private List<Map<String, Object>> notices(List<Long> parties) {
        return jdbc.sql("select id, status, attempts, last_error from notice where party_id = any(:p) order by id")
                .param("p", parties.toArray(Long[]::new)).query().listOfRows();
    }

    private long failedOnce(List<Long> parties) {
        return notices(parties).stream().filter(n -> (Integer) n.get("attempts") >= 1 && n.get("last_error") != null)
                .count();
    }

    private int attempts(long party) {
        return jdbc.sql("select attempts from notice where party_id = :p").param("p", party)
                .query(Integer.class).single();
    }
}
