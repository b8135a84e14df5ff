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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
    WebApplicationContext context;

    @Test
    void twoHundredNoticesDueDuringAnOutageAreEachDeliveredOnceAfterIt() throws Exception {
        NoticeFixtures fixtures = new NoticeFixtures(context);
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
                    .until(() -> failedOnce(parties) == NOTICES);
            assertThat(notices(parties)).allSatisfy(n -> assertThat(n.get("status")).isEqualTo("PENDING"));
            List<Job> waiting = processes.stream().map(this::sendJob).toList();
            assertThat(waiting).as("each failed send waits for its retry, visibly").allSatisfy(job -> {
                assertThat(job.getRetries()).isPositive();
                assertThat(job.getExceptionMessage()).contains("not sent, will retry");
                assertThat(job.getDuedate()).isAfter(new Date());
            });

            management.setJobRetries(sendJob(processes.get(0)).getId(), 1);
            runAgainNow(processes.get(0));
            await().atMost(Duration.ofSeconds(60)).until(() -> incident(processes.get(0)) != null);
        } finally {
            greenMail.start();
        }

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String incidentId = incident(processes.get(0)).getId();
        mvc.perform(get("/api/admin/incidents").with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(incidentId)));
        mvc.perform(post("/api/admin/incidents/{id}/retry", incidentId)
                .with(user("admin-test").roles("ADMIN")).with(csrf())).andExpect(status().isNoContent());
        processes.subList(1, NOTICES).forEach(this::runAgainNow);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> notices(parties).stream().allMatch(n -> "SENT".equals(n.get("status"))));
        Map<String, List<MimeMessage>> received = receivedBy(Set.copyOf(mailboxes));
        assertThat(mailboxes).as("one message in each mailbox").allSatisfy(mailbox ->
                assertThat(received.getOrDefault(mailbox, List.of())).as(mailbox).hasSize(1));
        assertThat(received.values().stream().flatMap(List::stream).map(NoticeFixtures::messageId)
                .collect(Collectors.toSet())).hasSize(NOTICES);
        assertThat(notices(parties)).allSatisfy(n -> assertThat((Integer) n.get("attempts")).isGreaterThanOrEqualTo(2));
        assertThat(incident(processes.get(0))).isNull();
    }

    private Map<String, List<MimeMessage>> receivedBy(Set<String> mailboxes) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> NoticeFixtures.recipients(m).stream().anyMatch(mailboxes::contains))
                .collect(Collectors.groupingBy(m -> NoticeFixtures.recipients(m).stream()
                        .filter(mailboxes::contains).findFirst().orElseThrow(), Collectors.mapping(Function.identity(),
                        Collectors.toList())));
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
}
