package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.BrowserCsrf;
import cn.chuanyu.metrology.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    GreenMail greenMail;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    WebApplicationContext context;

    NoticeFixtures fixtures;

    @Test
    void everyNoticeDueDuringAnOutageIsDeliveredExactlyOnceAfterIt() throws Exception {
        fixtures = new NoticeFixtures(context);
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
            await().atMost(Duration.ofSeconds(90)).until(() -> fixtures.noticesFailedOnce(parties) == NOTICES
                    && fixtures.inspectionNoticeJobsFailed(processes) == NOTICES);
            assertThat(fixtures.notices(parties)).allSatisfy(n -> {
                assertThat(n.get("status")).isEqualTo("PENDING");
                assertThat((String) n.get("last_error")).contains("Connect");
            });
            for (String pi : processes) {
                Job job = fixtures.inspectionNoticeJob(pi);
                assertThat(job.getRetries()).isPositive();
                assertThat(job.getExceptionMessage()).contains("not sent, will retry");
                assertThat(job.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 30_000));
            }

            long firstDelay = fixtures.inspectionNoticeJob(processes.get(1)).getDuedate().getTime() - System.currentTimeMillis();
            assertThat(firstDelay).isBetween(30_000L, 61_000L);
            fixtures.runInspectionNoticeAgainNow(processes.get(1));
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(parties.get(1)) == 2
                    && fixtures.inspectionNoticeJob(processes.get(1)).getDuedate().getTime() > System.currentTimeMillis() + 10_000);
            long secondDelay = fixtures.inspectionNoticeJob(processes.get(1)).getDuedate().getTime() - System.currentTimeMillis();
            assertThat(secondDelay).isBetween(240_000L, 301_000L);

            management.setJobRetries(fixtures.inspectionNoticeJob(processes.get(0)).getId(), 1);
            fixtures.runInspectionNoticeAgainNow(processes.get(0));
            await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.failedJobIncident(processes.get(0)) != null);
        } finally {
            greenMail.start();
        }

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(post("/api/admin/incidents/{id}/retry", fixtures.failedJobIncident(processes.get(0)).getId())
                .with(user("admin-test").roles("ADMIN")).with(BrowserCsrf.of(mvc))).andExpect(status().isNoContent());
        for (String pi : processes.subList(1, NOTICES)) {
            fixtures.runInspectionNoticeAgainNow(pi);
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> fixtures.notices(parties).stream()
                .allMatch(n -> "SENT".equals(n.get("status"))));
        for (String mailbox : mailboxes) {
            List<MimeMessage> received = fixtures.messagesTo(mailbox);
            assertThat(received).as(mailbox).hasSize(1);
        }
        Set<String> messageIds = mailboxes.stream().flatMap(m -> fixtures.messagesTo(m).stream())
                .map(NoticeFixtures::messageId).collect(Collectors.toSet());
        assertThat(messageIds).hasSize(NOTICES);
        assertThat(fixtures.failedJobIncident(processes.get(0))).isNull();

        long sentNotice = (Long) fixtures.notices(parties).get(0).get("id");
        assertThat(delivery.send(sentNotice)).isEqualTo(NoticeStatus.SENT);
        assertThat(fixtures.messagesTo(mailboxes.get(0))).hasSize(1);
    }

    private int attempts(long party) {
        return jdbc.sql("select attempts from notice where party_id = :p").param("p", party)
                .query(Integer.class).single();
    }
}
