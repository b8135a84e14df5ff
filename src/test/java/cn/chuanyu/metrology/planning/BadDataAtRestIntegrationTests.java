package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Registry data that changes under running campaigns: a category switched off, an inspector deactivated after the
 * draw. The Campaign process ends in a clear state each time (inspections started, or the party reported with its
 * team problem), never a batch job that fails over and over.
 */
@IntegrationTest
class BadDataAtRestIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Campaigns campaigns;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    Reveals reveals;

    @Test
    void aCategorySwitchedOffAfterPlanningStillGetsItsDrawnPartiesInspected() {
        PlanningFixtures fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        CurrentUser supervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "SC"));
        String category = fixtures.category();
        fixtures.party("SC", "HIGH", category);
        fixtures.party("SC", "LOW", category);
        fixtures.inspector("SC", category);
        fixtures.inspector("SC", category);
        Campaign campaign = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 2, null),
                supervisor);

        jdbc.sql("update instrument_category set active = false where code = :c").param("c", category).update();
        fixtures.openAndReveal(campaigns, reveals, campaign.id(), supervisor);

        awaitEnded(campaign.id());
        assertThat(campaigns.progress(campaigns.find(campaign.id(), supervisor)).failures()).isEmpty();
        assertThat(inspections(campaign.id())).isEqualTo(2);
    }

    @Test
    void anInspectorDeactivatedBetweenDrawAndStartIsReportedNotRetriedForever() {
        PlanningFixtures fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        CurrentUser supervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "CQ"));
        String category = fixtures.category();
        List<Long> parties = List.of(fixtures.party("CQ", "HIGH", category), fixtures.party("CQ", "LOW", category));
        long kept = fixtures.inspector("CQ", category);
        long leaving = fixtures.inspector("CQ", category);
        Campaign campaign = campaigns.create(PlanningFixtures.campaign(category, Set.of("CQ"), false, 2, null),
                supervisor);
        List<JobDefinition> starts = management.createJobDefinitionQuery().processDefinitionKey("Campaign")
                .activityIdIn("Task_StartInspectionBatch").list();
        starts.forEach(definition -> management.suspendJobDefinitionById(definition.getId(), true));
        try {
            fixtures.openAndReveal(campaigns, reveals, campaign.id(), supervisor);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    campaigns.find(campaign.id(), supervisor).status() == CampaignStatus.DRAWN);
            jdbc.sql("update staff set active = false where id = :id").param("id", leaving).update();
        } finally {
            starts.forEach(definition -> management.activateJobDefinitionById(definition.getId(), true));
        }

        awaitEnded(campaign.id());
        CampaignProgress progress = campaigns.progress(campaigns.find(campaign.id(), supervisor));
        assertThat(progress.failures()).extracting(CampaignProgress.Failure::partyId)
                .containsExactlyInAnyOrderElementsOf(parties);
        assertThat(progress.failures()).allSatisfy(failure ->
                assertThat(failure.reason()).contains(String.valueOf(leaving)).doesNotContain(String.valueOf(kept)));
        assertThat(inspections(campaign.id())).isZero();
        assertThat(history.createHistoricIncidentQuery()
                .processInstanceId(campaigns.find(campaign.id(), supervisor).processInstanceId()).count()).isZero();
    }

    private void awaitEnded(long campaignId) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            String process = jdbc.sql("select process_instance_id from campaign where id = :id").param("id", campaignId)
                    .query(String.class).single();
            return process != null && runtime.createProcessInstanceQuery().processInstanceId(process).count() == 0;
        });
        assertThat(jdbc.sql("select status from campaign where id = :id").param("id", campaignId)
                .query(String.class).single()).isEqualTo(CampaignStatus.STARTED.name());
    }

    private int inspections(long campaignId) {
        return jdbc.sql("select count(*) from inspection where campaign_id = :id").param("id", campaignId)
                .query(Integer.class).single();
    }
}
