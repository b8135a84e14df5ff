package cn.chuanyu.metrology;

import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one database, as a load balancer would run them: a second node starts beside the shared
 * test context (same PostgreSQL, same SMTP server, its own engine, job executor and web server) and the two share
 * deployments, sessions, jobs and timers without doing anything twice.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

    private static final int JOBS = 1000;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "two nodes one database";

    @Autowired
    DataSource dataSource;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Campaigns campaigns;
    @Autowired
    PlatformTransactionManager transactions;
    @LocalServerPort
    int port;

    private Map<String, Long> versionsBeforeSecondNode;
    private SecondNode nodeB;

    @BeforeAll
    void startSecondNode() {
        versionsBeforeSecondNode = versionsOfShippedModels();
        nodeB = SecondNode.start(dataSource, greenMail.getSmtp().getPort());
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void theSecondNodesStartDeploysNoNewVersionOfTheShippedModels() {
        assertThat(versionsOfShippedModels()).isEqualTo(versionsBeforeSecondNode);
        assertThat(versionsBeforeSecondNode).containsKeys("Campaign", "CampaignSeries", "Inspection", "Recognition");
    }

    @Test
    void oneModelDeployedFromBothNodesAtOnceMakesOneVersionWithOneTimer() {
        String key = "TwoNodesTimer" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = timerStarted(key, "R/2030-01-01T00:00:00Z/PT1H");
        RepositoryService repositoryB = nodeB.bean(RepositoryService.class);

        CompletableFuture<Deployment> fromA = CompletableFuture.supplyAsync(() -> deploy(repository, key, model));
        CompletableFuture<Deployment> fromB = CompletableFuture.supplyAsync(() -> deploy(repositoryB, key, model));
        CompletableFuture.allOf(fromA, fromB).join();

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
        assertThat(timerStartJobs(key)).isEqualTo(1);

        BpmnModelInstance changed = timerStarted(key, "R/2030-01-01T00:00:00Z/PT2H");
        deploy(repositoryB, key, changed);
        deploy(repository, key, changed);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count())
                .as("a changed model is one new version, the same change from the other node none").isEqualTo(2);
        assertThat(timerStartJobs(key)).as("the new version replaces the old timer").isEqualTo(1);
    }

    @Test
    void aUserSignedInOnOneNodeCarriesOnOnTheOtherWithTheSameCookie() {
        String username = inspectorAccount();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String nodeA = "http://localhost:" + port;
        String nodeBase = "http://localhost:" + nodeB.port();

        assertThat(send(browser, get(nodeBase + "/api/tasks")).statusCode()).isEqualTo(401);
        HttpResponse<String> signIn = send(browser, form(nodeA + "/login", Map.of("username", username,
                "password", PASSWORD, "_csrf", csrf(browser, nodeA + "/login"))));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        assertThat(send(browser, get(nodeBase + "/api/tasks")).statusCode()).as("node B knows the session").isEqualTo(200);
        HttpResponse<String> page = send(browser, get(nodeBase + "/tasks"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(send(browser, form(nodeBase + "/logout", Map.of("_csrf", csrf(browser, nodeBase + "/tasks"))))
                .statusCode()).as("node B accepts the CSRF token kept in the shared session").isEqualTo(302);
        assertThat(send(browser, get(nodeA + "/api/tasks")).statusCode()).as("signed out on both").isEqualTo(401);
    }

    @Test
    void aThousandAsynchronousJobsRunExactlyOnceAcrossBothJobExecutors() {
        jdbc.sql("create table if not exists " + RecordJobRun.TABLE
                + " (business_key text not null, lock_owner text not null, ran_at timestamptz not null default now())")
                .update();
        String key = "TwoNodesJobs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).name("两节点作业探针")
                .startEvent("StartEvent_ProbeStarted").name("开始")
                .serviceTask("Task_RecordRun").name("记录执行").camundaAsyncBefore()
                .camundaClass(RecordJobRun.class.getName())
                .endEvent("EndEvent_ProbeDone").name("结束").done()).deploy();
        String batch = key + "-";

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int from = 0; from < JOBS; from += 100) {
            int first = from;
            transaction.executeWithoutResult(status -> IntStream.range(first, first + 100)
                    .forEach(i -> runtime.startProcessInstanceByKey(key, batch + i)));
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished().count() == JOBS);
        List<Map<String, Object>> runs = jdbc.sql("select business_key, count(*) as runs from " + RecordJobRun.TABLE
                        + " where business_key like :batch group by business_key")
                .param("batch", batch + "%").query().listOfRows();
        LoggerFactory.getLogger(TwoNodesIntegrationTests.class).info("{} jobs ran per job executor: {}", JOBS,
                jdbc.sql("select lock_owner, count(*) from " + RecordJobRun.TABLE + " where business_key like :batch"
                        + " group by lock_owner").param("batch", batch + "%").query().listOfRows());
        assertThat(runs).as("every job ran").hasSize(JOBS);
        assertThat(runs).as("no job ran twice").allSatisfy(run -> assertThat(run.get("runs")).isEqualTo(1L));
        assertThat(jdbc.sql("select count(distinct lock_owner) from " + RecordJobRun.TABLE
                + " where business_key like :batch").param("batch", batch + "%").query(Long.class).single())
                .as("both job executors took part").isEqualTo(2);
        assertThat(runtime.createIncidentQuery().processDefinitionKeyIn(key).count()).isZero();
    }

    @Test
    void aRecurringCampaignsDueTimerOpensOneOccurrenceWithBothNodesPolling() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String category = "TWO_NODES_" + suffix;
        jdbc.sql("insert into instrument_category (code, name_zh, name_en) values (:c, '两节点测试器具', 'Two nodes')")
                .param("c", category).update();
        long supervisorStaff = staff("CQ", "SUPERVISOR", suffix + "s");
        party("CQ", category);
        staffQualified("CQ", category, suffix + "a");
        staffQualified("CQ", category, suffix + "b");
        accounts.create(new UserAccounts.NewAccount("two-nodes-" + suffix, encoder.encode(PASSWORD), "两节点主管",
                Role.SUPERVISOR, "CQ", supervisorStaff));
        LocalDate start = LocalDate.of(2027, 1, 1);
        Campaign series = campaigns.create(new NewCampaign("两节点周期计划", PartyKind.AUTHORISED_BODY, Set.of(category),
                Set.of("CQ"), false, 1, null, Map.of(), 2, 10, start, start.plusMonths(3).minusDays(1),
                start.plusDays(14), start.plusDays(40), "福彩3D {date} 期开奖号码 " + suffix,
                java.time.OffsetDateTime.parse("2032-01-01T21:15:00+08:00"), "R/2032-01-01T00:00:00+08:00/P1M"),
                accounts.loadUserByUsername("two-nodes-" + suffix));
        Job timer = management.createJobQuery().processInstanceId(series.processInstanceId()).timers().singleResult();

        management.setJobDuedate(timer.getId(), new Date(System.currentTimeMillis() - 1000));

        await().atMost(Duration.ofSeconds(60)).until(() -> occurrences(series.id()) > 0
                && management.createJobQuery().jobId(timer.getId()).count() == 0);
        assertThat(occurrences(series.id())).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(series.processInstanceId())
                .activityId("Task_OpenOccurrence").count()).as("the timer's job ran once").isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(series.processInstanceId()).timers().count())
                .as("the next occurrence is scheduled once").isEqualTo(1);
    }

    private Map<String, Long> versionsOfShippedModels() {
        return Map.of("Campaign", versions("Campaign"), "CampaignSeries", versions("CampaignSeries"),
                "Inspection", versions("Inspection"), "Recognition", versions("Recognition"),
                "deployments", repository.createDeploymentQuery().deploymentName(shippedDeploymentName()).count());
    }

    private String shippedDeploymentName() {
        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("Inspection")
                .latestVersion().singleResult().getDeploymentId();
        return repository.createDeploymentQuery().deploymentId(deploymentId).singleResult().getName();
    }

    private long versions(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
    }

    private static BpmnModelInstance timerStarted(String key, String cycle) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).name("两节点定时探针")
                .startEvent("StartEvent_Due").name("到期").timerWithCycle(cycle)
                .endEvent("EndEvent_Done").name("结束").done();
    }

    private static Deployment deploy(RepositoryService repository, String name, BpmnModelInstance model) {
        return repository.createDeployment().name(name).enableDuplicateFiltering(true)
                .addModelInstance(name + ".bpmn", model).deploy();
    }

    private long timerStartJobs(String key) {
        List<String> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
                .map(d -> d.getId()).toList();
        return definitions.stream().mapToLong(id -> management.createJobQuery().processDefinitionId(id).timers().count())
                .sum();
    }

    private String inspectorAccount() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long staffId = staff("SC", "INSPECTOR", suffix);
        String username = "two-nodes-" + suffix;
        accounts.create(new UserAccounts.NewAccount(username, encoder.encode(PASSWORD), "两节点检查员", Role.INSPECTOR,
                "SC", staffId));
        return username;
    }

    private long staff(String province, String role, String suffix) {
        return jdbc.sql("insert into staff (staff_no, role, name_zh, province) values (:no, :role, :name, :p) returning id")
                .param("no", "TN" + suffix).param("role", role).param("name", "两节点" + suffix).param("p", province)
                .query(Long.class).single();
    }

    private void party(String province, String category) {
        long id = jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                        values (:code, 'AUTHORISED_BODY', :name, :p, '500103', 'LOW', '{two-nodes@example.cn}')
                        returning id""")
                .param("code", creditCode("500103")).param("name", "两节点测试单位" + category).param("p", province)
                .query(Long.class).single();
        jdbc.sql("insert into authorisation_certificate (party_id, number, valid_from, valid_to)"
                        + " values (:id, :n, date '2024-01-01', date '2099-12-31')")
                .param("id", id).param("n", "授权" + id).update();
        jdbc.sql("insert into authorisation_scope (party_id, category_code) values (:id, :c)")
                .param("id", id).param("c", category).update();
    }

    /** A unified social credit code (GB 32100) with its check character. */
    private static String creditCode(String region) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String body = "12" + region + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(),
                1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return body + alphabet.charAt((31 - sum % 31) % 31);
    }

    private void staffQualified(String province, String category, String suffix) {
        long id = staff(province, "INSPECTOR", suffix);
        jdbc.sql("insert into staff_qualification (staff_id, category_code) values (:id, :c)")
                .param("id", id).param("c", category).update();
    }

    private int occurrences(long seriesId) {
        return jdbc.sql("select count(*) from campaign where series_id = :id").param("id", seriesId)
                .query(Integer.class).single();
    }

    private static String csrf(HttpClient browser, String page) {
        Matcher token = CSRF_FIELD.matcher(send(browser, get(page)).body());
        assertThat(token.find()).as(page + " carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").GET().build();
    }

    private static HttpRequest form(String url, Map<String, String> fields) {
        String body = String.join("&", fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(),
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).toList());
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        }
    }
}
