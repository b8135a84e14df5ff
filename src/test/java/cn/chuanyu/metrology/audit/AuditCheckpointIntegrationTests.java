package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.audit.process.CheckpointProcess;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checkpoints of the application's chain leave the database: the AuditCheckpoint process writes one when its timer
 * fires (one timer job for all nodes) or an administrator asks, publishes it to anyone without sign-in and mails
 * it to the administrators of both provinces; anyone can compare a mailed checkpoint with the published one.
 */
@IntegrationTest
class AuditCheckpointIntegrationTests {

    private static final String DEMO_PASSWORD = "chuanyu-demo";
    private static final List<String> ADMINISTRATORS = List.of("admin.sc@chuanyu-metrology.example",
            "admin.cq@chuanyu-metrology.example");
    private static final Pattern MAILED_HEAD = Pattern.compile("Head MAC:\\s+([0-9a-f]{64})");
    private static final Pattern MAILED_SEQUENCE = Pattern.compile("Up to record:\\s+(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    GreenMail greenMail;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTimerWritesAScheduledCheckpointPublishesItAndMailsItToTheAdministratorsOfBothProvinces() throws Exception {
        List<Job> timers = management.createJobQuery().processDefinitionKey(CheckpointProcess.KEY).timers().list();
        assertThat(timers).as("one timer for the whole cluster").hasSize(1);
        long before = checkpoints.publishedCount();

        management.executeJob(timers.get(0).getId());

        assertThat(checkpoints.publishedCount()).isEqualTo(before + 1);
        PublishedCheckpoint written = checkpoints.published(0, 1).get(0);
        assertThat(written.occasion()).isEqualTo(Checkpoint.Occasion.SCHEDULED);
        MimeMessage mail = awaitMail(written.number());
        assertThat(recipients(mail)).containsExactlyInAnyOrderElementsOf(ADMINISTRATORS);
        assertThat(body(mail)).contains(written.headMac(), written.mac(), "/public/audit?number=" + written.number());
        assertThat(management.createJobQuery().processDefinitionKey(CheckpointProcess.KEY).timers().list())
                .as("the cycle goes on with one new timer").hasSize(1)
                .allSatisfy(next -> assertThat(next.getId()).isNotEqualTo(timers.get(0).getId()))
                .allSatisfy(next -> assertThat(next.getDuedate()).isInTheFuture());
        awaitProcessesEnded();
        assertThat(trail.find(new AuditQuery(AuditLog.SYSTEM, "AUDIT_CHECKPOINT_MAILED", "audit-checkpoint",
                Long.toString(written.number()), 0, 1)).total()).isEqualTo(1);
    }

    @Test
    void anAdministratorWritesOneNowAndAnyoneComparesTheMailedCopyWithThePublishedOne() throws Exception {
        assertThat(send("POST", "/api/admin/audit/checkpoints", "supervisor.sc").statusCode()).isEqualTo(403);
        HttpResponse<String> created = send("POST", "/api/admin/audit/checkpoints", "admin");
        assertThat(created.statusCode()).isEqualTo(201);
        long number = json.readTree(created.body()).path("number").asLong();

        MimeMessage mail = awaitMail(number);
        String headMac = group(MAILED_HEAD, body(mail));
        String sequence = group(MAILED_SEQUENCE, body(mail));
        JsonNode published = json.readTree(send("GET", "/api/public/audit/checkpoints/" + number, null).body());
        assertThat(published.path("headMac").asText()).isEqualTo(headMac);
        assertThat(published.path("occasion").asText()).isEqualTo("ON_DEMAND");
        assertThat(published.has("requestedBy")).as("public pages name no person").isFalse();

        JsonNode same = check(number, sequence, headMac);
        assertThat(same.path("matches").asBoolean()).isTrue();
        assertThat(same.path("chainStillHasHead").asBoolean()).isTrue();
        JsonNode altered = check(number, sequence, "0".repeat(64));
        assertThat(altered.path("matches").asBoolean()).isFalse();
        assertThat(altered.path("differences").toString()).contains("headMac");
        JsonNode unpublished = check(number + 1_000_000, sequence, headMac);
        assertThat(unpublished.path("published").isNull() || unpublished.path("published").isMissingNode()).isTrue();
        assertThat(unpublished.path("matches").asBoolean()).isFalse();

        HttpResponse<String> malformed = send("GET", "/api/public/audit/checkpoints/x/check?sequence=-1&headMac=zz",
                null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"number\"", "\"sequence\"", "\"headMac\"");
        assertThat(trail.find(new AuditQuery("admin", "AUDIT_CHECKPOINT_WRITTEN", "audit-checkpoint",
                Long.toString(number), 0, 1)).total()).isEqualTo(1);
        assertThat(trail.verify().intact()).isTrue();
        awaitProcessesEnded();
    }

    @Test
    void thePublicPageListsCheckpointsWithoutSignInAndTheAdministratorsPageWritesOne() {
        PageSession admin = PageSession.signedIn(port, "admin", DEMO_PASSWORD);
        var written = admin.post("/admin/audit", "/admin/audit/checkpoints", Map.of());
        assertThat(written.statusCode()).isEqualTo(302);
        String location = written.headers().firstValue("Location").orElseThrow();
        long number = Long.parseLong(location.replaceAll(".*written=", ""));
        assertThat(admin.get("/admin/audit?written=" + number).body()).contains("已生成第 " + number + " 号检查点");
        PublishedCheckpoint checkpoint = checkpoints.published(number).orElseThrow();

        PageSession anyone = PageSession.anonymous(port);
        var page = anyone.get("/public/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"checkpoint-" + number + "\"", checkpoint.headMac())
                .doesNotContain(">admin<");
        assertThat(anyone.get("/public/audit?number=" + number + "&sequence=" + checkpoint.sequence() + "&headMac="
                + checkpoint.headMac()).body()).contains("一致：第 " + number + " 号检查点与公布的相同");
        assertThat(anyone.get("/public/audit?number=" + number + "&headMac=" + "1".repeat(64)).body())
                .contains("不一致");
        assertThat(anyone.get("/public/audit?number=abc&headMac=xyz").body())
                .contains("须为不小于 1 的整数", "须为链头 MAC 的 64 位十六进制字符");
        assertThat(PageSession.signedIn(port, "supervisor.sc", DEMO_PASSWORD)
                .post("/tasks", "/admin/audit/checkpoints", Map.of()).statusCode()).isEqualTo(403);
        awaitProcessesEnded();
    }

    @Test
    void theMailIsItsOwnJobRetriedAfter1_5_10And30MinutesSoAFailedMailNeverLosesTheCheckpoint() {
        var repository = context.getBean(org.camunda.bpm.engine.RepositoryService.class);
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(CheckpointProcess.KEY)
                .latestVersion().singleResult();
        var model = repository.getBpmnModelInstance(definition.getId());
        var mail = (org.camunda.bpm.model.bpmn.instance.ServiceTask) model.getModelElementById("Task_MailCheckpoint");

        assertThat(mail.isCamundaAsyncBefore()).isTrue();
        assertThat(mail.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("PT1M,PT5M,PT10M,PT30M");
    }

    @Test
    void aTimerCycleReadFromTheSettingsIsReadAgainEachTimeTheTimerFires() {
        var environment = (org.springframework.core.env.ConfigurableEnvironment) context.getEnvironment();
        var cycle = new java.util.HashMap<String, Object>(Map.of("probe.checkpoint.cycle", "R/PT1H"));
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("probeCycle", cycle));
        var repository = context.getBean(org.camunda.bpm.engine.RepositoryService.class);
        String key = "CycleProbe_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String deployment = repository.createDeployment().addModelInstance(key + ".bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                        .startEvent("StartEvent_ProbeDue").timerWithCycle(
                                "${environment.getProperty('probe.checkpoint.cycle')}")
                        .endEvent("EndEvent_ProbeDone").done()).deploy().getId();
        try {
            management.executeJob(probeTimer(key).getId());
            java.time.Instant hourly = probeTimer(key).getDuedate().toInstant();
            cycle.put("probe.checkpoint.cycle", "R/PT5H");
            management.executeJob(probeTimer(key).getId());

            assertThat(hourly).isBefore(java.time.Instant.now().plus(Duration.ofMinutes(70)));
            assertThat(probeTimer(key).getDuedate().toInstant())
                    .isAfter(java.time.Instant.now().plus(Duration.ofHours(4)));
        } finally {
            repository.deleteDeployment(deployment, true);
            environment.getPropertySources().remove("probeCycle");
        }
    }

    private Job probeTimer(String key) {
        return management.createJobQuery().processDefinitionKey(key).timers().singleResult();
    }

    private JsonNode check(long number, String sequence, String headMac) throws Exception {
        HttpResponse<String> answer = send("GET", "/api/public/audit/checkpoints/" + number + "/check?sequence="
                + sequence + "&headMac=" + headMac, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private MimeMessage awaitMail(long number) {
        String subject = "审计链检查点 第 " + number + " 号";
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> subject(message).startsWith(subject)).findFirst().orElse(null), found -> found != null);
    }

    private void awaitProcessesEnded() {
        await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CheckpointProcess.KEY).unfinished().count() == 0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> send(String method, String path, String username) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
