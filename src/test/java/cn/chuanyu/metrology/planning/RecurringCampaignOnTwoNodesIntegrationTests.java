package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two process engines with running job executors on one database, as two application nodes would be: the
 * recurring campaign's due timer opens its occurrence exactly once.
 */
@IntegrationTest
class RecurringCampaignOnTwoNodesIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    Campaigns campaigns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aDueOccurrenceOpensOnceWithTwoNodesPolling() {
        PlanningFixtures fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        CurrentUser supervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "CQ"));
        String category = fixtures.category();
        fixtures.party("CQ", "LOW", category);
        fixtures.inspector("CQ", category);
        fixtures.inspector("CQ", category);
        Campaign series = campaigns.create(PlanningFixtures.campaign(category, Set.of("CQ"), false, 1,
                "R/2032-01-01T00:00:00+08:00/P1M"), supervisor);
        Job timer = management.createJobQuery().processInstanceId(series.processInstanceId()).timers().singleResult();

        ProcessEngine secondNode = secondNode();
        try {
            management.setJobDuedate(timer.getId(), new Date(System.currentTimeMillis() - 1000));

            await().atMost(Duration.ofSeconds(60)).until(() -> occurrences(series.id()) > 0
                    && management.createJobQuery().jobId(timer.getId()).count() == 0);
        } finally {
            secondNode.close();
        }

        assertThat(occurrences(series.id())).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(series.processInstanceId())
                .activityId("Task_OpenOccurrence").count()).as("the timer's job ran once").isEqualTo(1);
    }

    private ProcessEngine secondNode() {
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setWaitTimeInMillis(100);
        jobExecutor.setMaxWait(200);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("second-node");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("false");
        configuration.setHistory("audit");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new SpringExpressionManager(context, null));
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        configuration.setMetricsEnabled(false);
        return configuration.buildProcessEngine();
    }

    private int occurrences(long seriesId) {
        return jdbc.sql("select count(*) from campaign where series_id = :id").param("id", seriesId)
                .query(Integer.class).single();
    }
}
