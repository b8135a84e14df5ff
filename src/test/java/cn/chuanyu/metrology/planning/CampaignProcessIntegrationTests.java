package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

@IntegrationTest
class CampaignProcessIntegrationTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    Campaigns campaigns;
    @Autowired
    RecurringCampaigns recurring;
    @Autowired
    Contributions contributions;
    @Autowired
    Reveals reveals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    PlanningFixtures fixtures;
    CurrentUser supervisor;
    String category;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        supervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "SC"));
        category = fixtures.category();
        for (int i = 0; i < 4; i++) {
            fixtures.inspector("SC", category);
        }
    }

    @Test
    void openingACampaignFreezesTheRegisterWaitsForTheRevealsDrawsAndStartsEveryInspectionInBatches() {
        for (int i = 0; i < 9; i++) {
            fixtures.party("SC", "MEDIUM", category);
        }
        Campaign campaign = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 7, null),
                supervisor);

        ProcessInstance instance = processInstance(campaigns.open(campaign.id(), true, supervisor));
        awaitWaitingForReveals(instance);
        fixtures.revealWhenFrozen(reveals, campaign.id(), supervisor);
        awaitEnded(instance);

        assertThat(instance).hasPassed("Task_FreezeRegister", "Task_AwaitSeedReveals", "Task_DrawPartiesAndTeams",
                "Task_StartInspectionBatch", "EndEvent_InspectionsStarted").isEnded();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_StartInspectionBatch").count()).as("7 inspections in batches of 3").isEqualTo(3);
        assertThat(inspectionsOf(campaign.id())).isEqualTo(7);
        CampaignProgress progress = campaigns.progress(campaigns.find(campaign.id(), supervisor));
        assertThat(progress.status()).isEqualTo(CampaignStatus.STARTED);
        assertThat(progress.registerSize()).isEqualTo(9);
        assertThat(progress.drawn()).isEqualTo(7);
        assertThat(progress.started()).isEqualTo(7);
        assertThat(progress.failures()).isEmpty();
    }

    @Test
    void aCampaignWhosePublicValueNeverArrivesStaysFrozenAndSaysWhatItWaitsFor() {
        fixtures.party("SC", "LOW", category);
        Campaign campaign = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 1, null),
                supervisor);

        ProcessInstance instance = processInstance(campaigns.open(campaign.id(), true, supervisor));
        awaitWaitingForReveals(instance);

        assertThat(instance).isWaitingAt("Task_AwaitSeedReveals");
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count())
                .as("nothing is scheduled: no fallback seed").isZero();
        assertThat(campaigns.find(campaign.id(), supervisor).status()).isEqualTo(CampaignStatus.FROZEN);
        assertThat(contributions.waitingFor(campaign.id())).singleElement().satisfies(waiting -> {
            assertThat(waiting.contributor()).isEqualTo(Contributor.BEACON);
            assertThat(waiting.beaconSource()).startsWith("福利彩票双色球开奖号码");
            assertThat(waiting.beaconDueAt()).isAfter(java.time.Instant.now());
        });
        assertThat(inspectionsOf(campaign.id())).isZero();
    }

    @Test
    void aPartyWithoutAValidTeamIsReportedWithTheReasonAndTheOthersStart() {
        long blocked = fixtures.party("SC", "HIGH", category);
        fixtures.party("SC", "LOW", category);
        jdbc.sql("select s.staff_id from staff_qualification s where s.category_code = :c").param("c", category)
                .query(Long.class).list().forEach(inspector -> fixtures.conflict(inspector, blocked));
        Campaign campaign = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 2, null),
                supervisor);

        fixtures.openAndReveal(campaigns, reveals, campaign.id(), supervisor);
        awaitEnded(processInstance(campaigns.find(campaign.id(), supervisor)));

        CampaignProgress progress = campaigns.progress(campaigns.find(campaign.id(), supervisor));
        assertThat(progress.drawn()).isEqualTo(2);
        assertThat(progress.started()).isEqualTo(1);
        assertThat(progress.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.partyId()).isEqualTo(blocked);
            assertThat(failure.teamProblem().conflict()).isEqualTo(4);
            assertThat(failure.teamProblem().available()).isZero();
            assertThat(failure.teamProblem().missingProvinces()).containsExactly("SC");
            assertThat(failure.reason()).isEqualTo(failure.teamProblem().canonical());
        });
    }

    @Test
    void aRecurringCampaignOpensItsOccurrenceOnceWhenItsTimerFires() {
        fixtures.party("SC", "MEDIUM", category);
        fixtures.party("SC", "MEDIUM", category);
        String recurrence = "R/2030-01-01T00:00:00+08:00/P3M";
        Campaign series = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 1, recurrence),
                supervisor);
        ProcessInstance seriesInstance = processInstance(series);
        assertThat(seriesInstance).isWaitingAt("Task_AwaitSeriesEnd");
        Job timer = timerOf(seriesInstance);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2030-01-01T00:00:00+08:00").toInstant());

        management.executeJob(timer.getId());
        management.executeJob(timerOf(seriesInstance).getId());

        List<Long> occurrences = jdbc.sql("select id from campaign where series_id = :id").param("id", series.id())
                .query(Long.class).list();
        assertThat(occurrences).as("two firings for the same quarter open it once").hasSize(1);
        Campaign occurrence = campaigns.find(occurrences.get(0), supervisor);
        assertThat(occurrence.occurrenceDate()).isEqualTo(LocalDate.of(2030, 1, 1));
        List<DrawContribution> committed = contributions.of(occurrence.id());
        assertThat(committed).extracting(DrawContribution::contributor)
                .containsExactly(Contributor.BEACON, Contributor.SERVER);
        assertThat(committed.get(0).beaconSource()).isEqualTo(contributions.of(series.id()).get(0).beaconSource()
                .replace("{date}", "2030-01-01"));
        assertThat(committed.get(0).beaconDueAt()).isEqualTo(OffsetDateTime.parse("2030-01-02T00:00:00+08:00")
                .toInstant());
        ProcessInstance occurrenceInstance = processInstance(occurrence);
        awaitWaitingForReveals(occurrenceInstance);
        fixtures.revealWhenFrozen(reveals, occurrence.id(), supervisor);
        awaitEnded(occurrenceInstance);
        assertThat(inspectionsOf(occurrence.id())).isEqualTo(1);
        assertThat(seriesInstance).isWaitingAt("Task_AwaitSeriesEnd");
        assertThat(timerOf(seriesInstance)).isNotNull();
    }

    @Test
    void anOccurrenceWhosePublicValueIsAlreadyDueIsCreatedWithItsCommitmentsButNotOpenedAndSaysWhy() {
        fixtures.party("SC", "MEDIUM", category);
        NewCampaign shape = PlanningFixtures.campaign(category, Set.of("SC"), false, 1,
                "R/2026-01-01T00:00:00+08:00/P1M");
        Campaign series = campaigns.create(new NewCampaign(shape.name(), shape.partyKind(), shape.categories(),
                shape.provinces(), false, 1, null, Map.of(), 2, 10, shape.periodStart(), shape.periodEnd(),
                shape.windowStart(), shape.windowEnd(), shape.beaconSource(),
                OffsetDateTime.parse("2026-01-01T21:15:00+08:00"), shape.recurrence()), supervisor);

        management.executeJob(timerOf(processInstance(series)).getId());

        long occurrence = jdbc.sql("select id from campaign where series_id = :id").param("id", series.id())
                .query(Long.class).single();
        assertThat(campaigns.find(occurrence, supervisor).status()).isEqualTo(CampaignStatus.PLANNED);
        assertThat(contributions.of(occurrence)).extracting(DrawContribution::contributor)
                .containsExactly(Contributor.BEACON, Contributor.SERVER);
        assertThat(jdbc.sql("""
                        select detail from audit_record where subject_type = 'campaign' and subject_id = :id
                        and action = 'OCCURRENCE_NOT_OPENED'""").param("id", String.valueOf(occurrence))
                .query(String.class).single()).contains("too soon to freeze the register first");
    }

    @Test
    void endingASeriesStopsItsTimer() {
        Campaign series = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 1,
                "R4/2031-01-01T00:00:00+08:00/P1M"), supervisor);
        ProcessInstance seriesInstance = processInstance(series);

        Campaign ended = recurring.endSeries(series.id(), supervisor);

        assertThat(ended.status()).isEqualTo(CampaignStatus.ENDED);
        assertThat(seriesInstance).hasPassed("EndEvent_SeriesEnded").isEnded();
        assertThat(management.createJobQuery().processInstanceId(seriesInstance.getId()).count()).isZero();
    }

    private ProcessInstance processInstance(Campaign campaign) {
        return runtime.createProcessInstanceQuery().processInstanceId(campaign.processInstanceId()).singleResult();
    }

    private Job timerOf(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private void awaitWaitingForReveals(ProcessInstance instance) {
        await().atMost(Duration.ofSeconds(60)).until(() -> runtime.createExecutionQuery()
                .processInstanceId(instance.getId()).activityId("Task_AwaitSeedReveals").count() == 1);
    }

    private void awaitEnded(ProcessInstance instance) {
        await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).finished().count() == 1);
    }

    private int inspectionsOf(long campaignId) {
        return jdbc.sql("select count(*) from inspection where campaign_id = :id").param("id", campaignId)
                .query(Integer.class).single();
    }
}
