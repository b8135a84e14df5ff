package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An inspection whose next automatic step does not run is stuck: its status cannot move, so the dashboard lists it
 * with the reason and the gauge metrology.stuck counts it, until the step runs.
 */
@IntegrationTest
class StuckInspectionsIntegrationTests {

    @Autowired
    Inspections inspections;
    @Autowired
    StuckInspections stuck;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    MeterRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WebApplicationContext context;

    private InspectionFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anInspectionWhoseNoticeNoNodeRunsIsListedAndCountedUntilTheNoticeGoesOut() throws Exception {
        String supervisor = fixtures.user("SC", StaffRole.SUPERVISOR);
        long inspection = openWithNoticeHeldByADeadNode(Duration.ofMinutes(6));
        String job = noticeJob(inspection);

        assertThat(dashboard(supervisor)).contains("id=\"stuck-" + inspection + "\"", "等待执行超时");
        assertThat(dashboard(fixtures.user("CQ", StaffRole.SUPERVISOR))).as("another province's supervisor")
                .doesNotContain("id=\"stuck-" + inspection + "\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> gauge() == stuck.count() && gauge() >= 1);

        release(job);

        await().atMost(Duration.ofSeconds(20)).until(() -> "ON_SITE".equals(status(inspection)));
        assertThat(dashboard(supervisor)).doesNotContain("id=\"stuck-" + inspection + "\"");
    }

    @Test
    void anInspectionWhoseNoticeRanOutOfRetriesIsListedAsNeedingAnAdministrator() throws Exception {
        long inspection = openWithNoticeHeldByADeadNode(Duration.ZERO);
        String job = noticeJob(inspection);

        management.setJobRetries(job, 0);

        assertThat(stuck.list("SC", 1000)).filteredOn(s -> s.id() == inspection).singleElement()
                .satisfies(s -> {
                    assertThat(s.reason()).isEqualTo("INCIDENT");
                    assertThat(s.status()).isEqualTo("OPENED");
                });
        assertThat(dashboard(fixtures.user("SC", StaffRole.SUPERVISOR))).contains("重试次数已用完，需人工处理");

        management.setJobRetries(job, 1);
        release(job);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ON_SITE".equals(status(inspection)));
        assertThat(stuck.list("SC", 1000)).noneMatch(s -> s.id() == inspection);
    }

    /**
     * Opens an inspection whose notice job is locked for an hour by a node that no longer exists, created
     * {@code age} ago: no node runs it, as when the job executors are all gone.
     */
    private long openWithNoticeHeldByADeadNode(Duration age) {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        List<Long> team = List.of(fixtures.staff("SC", StaffRole.INSPECTOR), fixtures.staff("SC", StaffRole.INSPECTOR));
        return new TransactionTemplate(transactions).execute(status -> {
            long id = inspections.open(new OpenInspection(party, team, LocalDate.of(2027, 4, 1), null), "stuck-test");
            jdbc.sql("""
                            update act_ru_job set lock_owner_ = 'a-node-that-died', lock_exp_time_ = now() + interval '1 hour',
                                   create_time_ = now() - make_interval(secs => :age)
                            where process_instance_id_ = (select process_instance_id from inspection where id = :id)""")
                    .param("age", age.toSeconds()).param("id", id).update();
            return id;
        });
    }

    /** The dead node's lock is lifted, as when it runs out: the job executor runs the step. */
    private void release(String job) {
        jdbc.sql("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where id_ = :job").param("job", job)
                .update();
    }

    private String noticeJob(long inspection) {
        return jdbc.sql("""
                        select j.id_ from act_ru_job j join inspection i on i.process_instance_id = j.process_instance_id_
                        where i.id = :id""").param("id", inspection).query(String.class).single();
    }

    private String dashboard(String username) throws Exception {
        return mvc.perform(get("/dashboard").with(user(accounts.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString();
    }

    private double gauge() {
        return registry.get("metrology.stuck").tag("kind", "inspection").gauge().value();
    }

    private String status(long inspection) {
        return jdbc.sql("select status from inspection where id = :id").param("id", inspection)
                .query(String.class).single();
    }
}
