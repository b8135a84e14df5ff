package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.BrowserCsrf;
import cn.chuanyu.metrology.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SMTP server goes down while 200 inspection notices fall due: every send fails and waits for its retry, one
 * becomes an incident an administrator sees and retries; with the server back each notice arrives exactly once.
 */
@IntegrationTest
class NoticeOutageAtScaleIntegrationTests {

    private static final int NOTICES = 200;

    @Autowired
    ManagementService management;
    @Autowired
    GreenMail greenMail;
    @Autowired
    WebApplicationContext context;

    NoticeFixtures fixtures;

    @Test
    void twoHundredNoticesDueDuringAnOutageAreEachDeliveredOnceAfterIt() throws Exception {
        fixtures = new NoticeFixtures(context);
        List<String> mailboxes = new ArrayList<>();
        List<Long> parties = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        greenMail.stop();
        try {
            for (int i = 0; i < NOTICES; i++) {
                String province = i % 2 == 0 ? "SC" : "CQ";
                String mailbox = NoticeFixtures.mailbox();
                long party = fixtures.party(province, i % 5 == 0 ? "en" : "zh-CN", mailbox);
                mailboxes.add(mailbox);
                parties.add(party);
                processes.add(fixtures.processOf(fixtures.open(party, province)));
            }
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> fixtures.noticesFailedOnce(parties) == NOTICES
                            && fixtures.inspectionNoticeJobsFailed(processes) == NOTICES);
            assertThat(fixtures.notices(parties)).allSatisfy(n -> assertThat(n.get("status")).isEqualTo("PENDING"));
            List<Job> waiting = processes.stream().map(fixtures::inspectionNoticeJob).toList();
            assertThat(waiting).as("each failed send waits for its retry, visibly").allSatisfy(job -> {
                assertThat(job.getRetries()).isPositive();
                assertThat(job.getExceptionMessage()).contains("not sent, will retry");
                assertThat(job.getDuedate()).isAfter(new Date());
            });

            management.setJobRetries(fixtures.inspectionNoticeJob(processes.get(0)).getId(), 1);
            fixtures.runInspectionNoticeAgainNow(processes.get(0));
            await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.failedJobIncident(processes.get(0)) != null);
        } finally {
            greenMail.start();
        }

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String incidentId = fixtures.failedJobIncident(processes.get(0)).getId();
        mvc.perform(get("/api/admin/incidents").with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(incidentId)));
        mvc.perform(post("/api/admin/incidents/{id}/retry", incidentId)
                .with(user("admin-test").roles("ADMIN")).with(BrowserCsrf.of(mvc))).andExpect(status().isNoContent());
        processes.subList(1, NOTICES).forEach(fixtures::runInspectionNoticeAgainNow);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> fixtures.notices(parties).stream().allMatch(n -> "SENT".equals(n.get("status"))));
        Map<String, List<MimeMessage>> received = receivedBy(Set.copyOf(mailboxes));
        assertThat(mailboxes).as("one message in each mailbox").allSatisfy(mailbox ->
                assertThat(received.getOrDefault(mailbox, List.of())).as(mailbox).hasSize(1));
        assertThat(received.values().stream().flatMap(List::stream).map(NoticeFixtures::messageId)
                .collect(Collectors.toSet())).hasSize(NOTICES);
        assertThat(fixtures.notices(parties)).allSatisfy(n -> assertThat((Integer) n.get("attempts")).isGreaterThanOrEqualTo(2));
        assertThat(fixtures.failedJobIncident(processes.get(0))).isNull();
    }

    private Map<String, List<MimeMessage>> receivedBy(Set<String> mailboxes) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> NoticeFixtures.recipients(m).stream().anyMatch(mailboxes::contains))
                .collect(Collectors.groupingBy(m -> NoticeFixtures.recipients(m).stream()
                        .filter(mailboxes::contains).findFirst().orElseThrow(), Collectors.mapping(Function.identity(),
                        Collectors.toList())));
    }

}
