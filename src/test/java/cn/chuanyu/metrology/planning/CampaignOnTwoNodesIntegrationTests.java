package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.ReadinessRouter;
import cn.chuanyu.metrology.SecondNode;
import cn.chuanyu.metrology.SteadyLoad;
import cn.chuanyu.metrology.notification.NoticeFixtures;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one database share a campaign's work, outlive each other and restart without failing a request.
 * Node A is the shared test context; node B a second application in this JVM with its own engine, job executor,
 * connection pool and web server, both with the production job executor settings, except that the B started by the
 * restart has a short lock time, so that its death costs this test seconds rather than the production minute.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignOnTwoNodesIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(CampaignOnTwoNodesIntegrationTests.class);
    /**
     * Large enough that the node creating the burst of notice jobs, which starts about one acquisition round
     * (up to 8 jobs) ahead of the node woken by NOTIFY, cannot take the whole burst before the other catches up.
     */
    private static final int PARTIES = 90;
    private static final Set<String> CAMPAIGN_WORK = Set.of("Campaign", "Inspection");
    private static final Duration B_LOCK_TIME = Duration.ofSeconds(8);
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);
    private static final Duration PROBE_PERIOD = Duration.ofSeconds(2);
    /** B drains 3 s on SIGTERM: the load balancer below probes every 2 s, like one in production. */
    private static final Map<String, Object> B_SETTINGS = Map.of("chuanyu.shutdown.drain", "PT3S");
    /** The B that replaces it after the restart also has a short lock time, so that its death costs seconds. */
    private static final Map<String, Object> B_AFTER_RESTART = Map.of("chuanyu.shutdown.drain", "PT3S",
            "camunda.bpm.job-execution.lock-time-in-millis", B_LOCK_TIME.toMillis());

    @Autowired
    DataSource dataSource;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Reveals reveals;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MeterRegistry registryA;
    @Autowired
    ProcessEngineConfigurationImpl engineA;
    @LocalServerPort
    int portA;

    private PlanningFixtures fixtures;
    private SecondNode nodeB;

    @BeforeAll
    void startNodeB() {
        fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        nodeB = SecondNode.start(dataSource, greenMail.getSmtp().getPort(), B_SETTINGS);
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    @Order(1)
    void bothNodesRunAFairShareOfACampaignsJobsAndEveryInspectionNoticeAndMailHappensOnce() {
        OpenedCampaign campaign = campaignOfParties(PARTIES);
        awaitNoJobDue();
        long beforeA = jobsRun(registryA);
        long beforeB = jobsRun(nodeB.bean(MeterRegistry.class));
        long lostRacesBefore = lostRaces(engineA) + lostRaces(nodeB.bean(ProcessEngineConfigurationImpl.class));

        campaigns.open(campaign.id(), true, campaign.supervisor());
        // the public value is entered on node B, so the draw and the start of the inspections (the burst of notice
        // jobs) are created there: node A gets its share only through the wake-ups (README "How the nodes share")
        fixtures.revealWhenFrozen(nodeB.bean(Reveals.class), campaign.id(), campaign.supervisor());
        awaitEveryStatusFinal(campaign, Duration.ofMinutes(3));

        long byA = jobsRun(registryA) - beforeA;
        long byB = jobsRun(nodeB.bean(MeterRegistry.class)) - beforeB;
        log.info("campaign of {} inspections: node A ran {} jobs ({}%), node B {} ({}%); jobs one node failed to lock "
                        + "because the other had: {}", PARTIES, byA, 100 * byA / (byA + byB), byB,
                100 * byB / (byA + byB), lostRaces(engineA) + lostRaces(nodeB.bean(ProcessEngineConfigurationImpl.class))
                        - lostRacesBefore);
        assertThat(byA + byB).as("freeze, draw, a start job per batch and a notice per inspection")
                .isGreaterThanOrEqualTo(2 + PARTIES);
        assertThat(byA).as("node A's share of " + (byA + byB)).isGreaterThanOrEqualTo(3 * (byA + byB) / 10);
        assertThat(byB).as("node B's share of " + (byA + byB)).isGreaterThanOrEqualTo(3 * (byA + byB) / 10);
        assertEverythingHappenedOnce(campaign);
    }

    @Test
    @Order(2)
    void aNodeRestartedUnderSteadyLoadFailsNoRequestAndHandsBackTheJobsItHeld() throws Exception {
        String inspector = fixtures.account(Role.INSPECTOR, "SC");
        String admin = fixtures.account(Role.ADMIN, null);
        String nodeA = "http://localhost:" + portA;
        String oldB = "http://localhost:" + nodeB.port();
        try (ReadinessRouter router = new ReadinessRouter(PROBE_PERIOD);
             SteadyLoad load = new SteadyLoad(router, inspector, admin, PlanningFixtures.PASSWORD)) {
            router.add(nodeA);
            router.add(oldB);
            await().atMost(Duration.ofSeconds(10)).until(() -> router.isReady(nodeA) && router.isReady(oldB));
            load.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.answeredBy(oldB) >= 20);
            String heldJob = jobLockedBy(nodeB.lockOwner());

            nodeB.close();

            await("the job B held runs on A at once, not after its hour of lock").atMost(MAX_WAIT.plusSeconds(3))
                    .until(() -> management.createJobQuery().jobId(heldJob).count() == 0);
            router.remove(oldB);
            nodeB = SecondNode.start(dataSource, greenMail.getSmtp().getPort(), B_AFTER_RESTART);
            String newB = "http://localhost:" + nodeB.port();
            router.add(newB);
            await().atMost(Duration.ofSeconds(30)).until(() -> load.answeredBy(newB) >= 20);
            load.stop();

            log.info("restart under load: {} requests, answers {}, by node {}", load.total(), load.statuses(),
                    load.byNode());
            assertThat(load.failures()).as("requests that failed").isEmpty();
            assertThat(load.statuses().keySet()).as("statuses answered").containsOnly(200, 201);
        }
    }

    @Test
    @Order(3)
    void whenANodeDiesTheOtherTakesItsJobsAfterTheLockTimeAndEveryStatusEndsFinal() {
        OpenedCampaign campaign = campaignOfParties(PARTIES);
        awaitNoJobDue();
        String ownerB = nodeB.lockOwner();
        // opening creates one job, the freeze, which either node may take; A waits until B holds it
        JobExecutor jobExecutorA = engineA.getJobExecutor();
        jobExecutorA.shutdown();
        try {
            nodeB.bean(Campaigns.class).open(campaign.id(), true, campaign.supervisor());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(() -> !jobsLockedBy(ownerB).isEmpty());
        } finally {
            jobExecutorA.start();
        }

        Instant died = Instant.now();
        nodeB.die();

        List<String> held = jobsLockedBy(ownerB);
        assertThat(held).as("jobs node B held when it died").isNotEmpty();
        await().atMost(B_LOCK_TIME.plus(MAX_WAIT).plusSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from act_ru_job where id_ in (:held) and lock_owner_ = :b")
                        .param("held", held).param("b", ownerB).query(Long.class).single() == 0);
        Duration resumed = Duration.between(died, Instant.now());
        fixtures.revealWhenFrozen(reveals, campaign.id(), campaign.supervisor());
        awaitEveryStatusFinal(campaign, Duration.ofMinutes(2));
        Duration finished = Duration.between(died, Instant.now());
        log.info("node B died holding {} job(s), lock time {}: node A took them over after {} ms, the campaign was "
                + "finished {} ms after the death", held.size(), B_LOCK_TIME, resumed.toMillis(), finished.toMillis());
        assertThat(resumed).as("taken over within the lock time and one acquisition wait")
                .isLessThanOrEqualTo(B_LOCK_TIME.plus(MAX_WAIT).plusSeconds(1));
    }

    private List<String> jobsLockedBy(String lockOwner) {
        return jdbc.sql("select id_ from act_ru_job where lock_owner_ = :owner").param("owner", lockOwner)
                .query(String.class).list();
    }

    /**
     * A job the node has acquired but not started: an asynchronous probe step whose job is locked for an hour in the
     * node's name, in the transaction that creates it, so no node runs it unless the lock is handed back.
     */
    private String jobLockedBy(String lockOwner) {
        String key = "HandOverProbe";
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            repository.createDeployment().name(key).addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                    .camundaHistoryTimeToLive(1).name("交还作业探针")
                    .startEvent("StartEvent_ProbeStarted").name("开始")
                    .serviceTask("Task_Nothing").name("空步骤").camundaAsyncBefore().camundaExpression("${true}")
                    .endEvent("EndEvent_ProbeDone").name("结束").done()).deploy();
        }
        return new TransactionTemplate(transactions).execute(status -> {
            String instance = runtime.startProcessInstanceByKey(key).getId();
            jdbc.sql("update act_ru_job set lock_owner_ = :owner, lock_exp_time_ = now() + interval '1 hour'"
                    + " where process_instance_id_ = :instance").param("owner", lockOwner).param("instance", instance)
                    .update();
            return management.createJobQuery().processInstanceId(instance).singleResult().getId();
        });
    }

    private void assertEverythingHappenedOnce(OpenedCampaign campaign) {
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) as inspections, count(distinct i.party_id) as parties,
                               (select count(*) from notice n join inspection j on j.id = n.subject_id
                                where n.subject_type = 'INSPECTION' and j.campaign_id = :c) as notices,
                               (select count(*) from notice n join inspection j on j.id = n.subject_id
                                where n.subject_type = 'INSPECTION' and j.campaign_id = :c and n.status = 'SENT') as sent
                        from inspection i where i.campaign_id = :c""")
                .param("c", campaign.id()).query().singleRow();
        assertThat(counts).containsEntry("inspections", (long) PARTIES).containsEntry("parties", (long) PARTIES)
                .containsEntry("notices", (long) PARTIES).containsEntry("sent", (long) PARTIES);
        Map<String, Long> mails = Arrays.stream(greenMail.getReceivedMessages())
                .flatMap(message -> NoticeFixtures.recipients(message).stream())
                .filter(campaign.mailboxes()::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(mails).as("one mail in each party's mailbox").hasSize(PARTIES)
                .allSatisfy((mailbox, received) -> assertThat(received).as(mailbox).isEqualTo(1L));
    }

    private OpenedCampaign campaignOfParties(int parties) {
        String category = fixtures.category();
        List<String> mailboxes = new java.util.ArrayList<>();
        for (int i = 0; i < parties; i++) {
            long party = fixtures.party("SC", "MEDIUM", category);
            String mailbox = "two-nodes-" + party + "@example.cn";
            jdbc.sql("update party set contact_emails = array[:m] where id = :id").param("m", mailbox)
                    .param("id", party).update();
            mailboxes.add(mailbox);
        }
        for (int i = 0; i < parties / 3; i++) {
            fixtures.inspector("SC", category);
        }
        CurrentUser supervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "SC"));
        Campaign campaign = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, parties, null),
                supervisor);
        return new OpenedCampaign(campaign.id(), supervisor, Set.copyOf(mailboxes));
    }

    /** The campaign has started every inspection and each has sent its notice and waits on site, nothing pending. */
    private void awaitEveryStatusFinal(OpenedCampaign campaign, Duration atMost) {
        Map<String, Object> finished = Map.of("campaign", "STARTED", "on_site", (long) PARTIES, "jobs", 0L);
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(state(campaign)).isEqualTo(finished));
    }

    private Map<String, Object> state(OpenedCampaign campaign) {
        return jdbc.sql("""
                        select (select status from campaign where id = :c) as campaign,
                               (select count(*) from inspection i join inspection_task t on t.inspection_id = i.id
                                where i.campaign_id = :c and i.status = 'ON_SITE' and t.task_kind = 'ON_SITE'
                                  and t.closed_at is null) as on_site,
                               (select count(*) from act_ru_job j
                                where j.process_instance_id_ in (select process_instance_id from inspection
                                                                 where campaign_id = :c
                                                                 union all select process_instance_id from campaign
                                                                 where id = :c)) as jobs""")
                .param("c", campaign.id()).query().singleRow();
    }

    private void awaitNoJobDue() {
        await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery().executable().count() == 0);
    }

    /** Jobs of campaigns and inspections this node has run, from its own {@code metrology.jobs} metric. */
    private static long jobsRun(MeterRegistry registry) {
        return registry.find("metrology.jobs").timers().stream()
                .filter(timer -> CAMPAIGN_WORK.contains(timer.getId().getTag("process")))
                .mapToLong(Timer::count).sum();
    }

    /** Jobs a node's acquisition selected but could not lock because another node locked them first. */
    private static long lostRaces(ProcessEngineConfigurationImpl engine) {
        return engine.getMetricsRegistry().getDbMeterByName(Metrics.JOB_ACQUIRED_FAILURE).get();
    }

    private record OpenedCampaign(long id, CurrentUser supervisor, Set<String> mailboxes) {
    }
}
