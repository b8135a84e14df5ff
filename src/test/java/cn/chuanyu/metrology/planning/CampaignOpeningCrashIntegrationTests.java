package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.ChildNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed with kill -9 while the Campaign process is starting its inspections: after a restart on the same
 * data the campaign finishes with exactly one inspection (and one Inspection process) per drawn party.
 */
class CampaignOpeningCrashIntegrationTests {

    private static final int PARTIES = 300;
    private static final int INSPECTORS = 24;
    private static final String CATEGORY = "CRASH_TEST";
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    @Test
    void aCampaignInterruptedByKillMinusNineFinishesWithOneInspectionPerDrawnParty() throws Exception {
        ChildNode node = ChildNode.on(folder.resolve("pg"), folder.resolve("node.log"),
                "--chuanyu.planning.start-batch-size=5",
                // a job locked by the killed node is taken over once its lock runs out
                "--camunda.bpm.job-execution.lock-time-in-millis=15000");
        try {
            node.start(START);
            JdbcClient db = node.database();
            node.onOneConnection(CampaignOpeningCrashIntegrationTests::register);
            long campaign = openCampaign(node);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> started(db, campaign) >= 20);

            node.kill();

            int startedBeforeKill = started(db, campaign);
            assertThat(startedBeforeKill).as("killed in the middle of starting").isLessThan(PARTIES);
            node.start(START);
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "STARTED".equals(status(db, campaign)));

            Map<String, Object> counts = db.sql("""
                            select count(*) as inspections, count(distinct party_id) as parties,
                                   (select count(*) from campaign_selection s where s.campaign_id = :c) as drawn,
                                   (select count(*) from campaign_selection s where s.campaign_id = :c
                                        and s.inspection_id is null) as unstarted
                            from inspection where campaign_id = :c""")
                    .param("c", campaign).query().singleRow();
            LoggerFactory.getLogger(CampaignOpeningCrashIntegrationTests.class).info(
                    "kill -9 after {} of {} inspections had started; after restart: {}", startedBeforeKill, PARTIES, counts);
            assertThat(counts.get("drawn")).isEqualTo((long) PARTIES);
            assertThat(counts).containsEntry("inspections", (long) PARTIES).containsEntry("parties", (long) PARTIES)
                    .containsEntry("unstarted", 0L);
            assertThat(db.sql("""
                            select count(*) from act_hi_procinst p join inspection i on p.business_key_ = i.id::text
                            where p.proc_def_key_ = 'Inspection' and i.campaign_id = :c""")
                    .param("c", campaign).query(Long.class).single())
                    .as("one Inspection process per inspection").isEqualTo((long) PARTIES);
            assertThat(db.sql("select count(*) from act_ru_incident").query(Long.class).single()).isZero();
        } finally {
            node.close();
        }
    }

    private static void register(JdbcClient db) {
        db.sql("insert into instrument_category (code, name_zh, name_en) values (:c, '断电测试器具', 'Crash test')")
                .param("c", CATEGORY).update();
        for (int i = 0; i < PARTIES; i++) {
            long id = db.sql("""
                            insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                            values (:code, 'AUTHORISED_BODY', :name, 'SC', '510100', 'MEDIUM', '{crash@example.cn}')
                            returning id""")
                    .param("code", PlanningFixtures.creditCode("510100")).param("name", "断电测试单位" + i)
                    .query(Long.class).single();
            db.sql("insert into authorisation_certificate (party_id, number, valid_from, valid_to)"
                    + " values (:id, :n, date '2024-01-01', date '2099-12-31')").param("id", id).param("n", "断电" + id)
                    .update();
            db.sql("insert into authorisation_scope (party_id, category_code) values (:id, :c)")
                    .param("id", id).param("c", CATEGORY).update();
        }
        for (int i = 0; i < INSPECTORS; i++) {
            long id = db.sql("insert into staff (staff_no, role, name_zh, province, enforcement_certificate_no,"
                            + " enforcement_certificate_valid_until) values (:no, 'INSPECTOR', :name, 'SC', :no,"
                            + " date '2099-12-31') returning id")
                    .param("no", "CRASH" + i).param("name", "断电检查员" + i).query(Long.class).single();
            db.sql("insert into staff_qualification (staff_id, category_code) values (:id, :c)")
                    .param("id", id).param("c", CATEGORY).update();
        }
    }

    private static long openCampaign(ChildNode node) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String body = json.writeValueAsString(Map.ofEntries(Map.entry("name", "断电测试计划"),
                Map.entry("partyKind", "AUTHORISED_BODY"), Map.entry("categories", List.of(CATEGORY)),
                Map.entry("provinces", List.of("SC")), Map.entry("joint", false), Map.entry("sampleCount", PARTIES),
                Map.entry("minimumPerRiskClass", Map.of()), Map.entry("teamSize", 2), Map.entry("loadCap", 40),
                Map.entry("periodStart", "2027-01-01"), Map.entry("periodEnd", "2027-03-31"),
                Map.entry("windowStart", "2027-01-15"), Map.entry("windowEnd", "2027-02-10"),
                Map.entry("beaconSource", "福利彩票双色球 2027001 期开奖号码"),
                Map.entry("beaconDueAt", OffsetDateTime.now().plusDays(2).withNano(0).toString())));
        HttpResponse<String> created = node.postJson("/api/campaigns", "supervisor.sc", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).at("/campaign/id").asLong();
        HttpResponse<String> opened = node.postJson("/api/campaigns/" + id + "/open", "supervisor.sc",
                "{\"confirmShortfall\":true}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> "FROZEN".equals(status(node.database(), id)));
        HttpResponse<String> revealed = node.postJson("/api/campaigns/" + id + "/reveals", "supervisor.sc",
                "{\"contributor\":\"BEACON\",\"value\":\"03 11 17\",\"confirmValue\":\"03 11 17\"}");
        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        return id;
    }

    private static int started(JdbcClient db, long campaign) {
        return db.sql("select count(*) from campaign_selection where campaign_id = :c and inspection_id is not null")
                .param("c", campaign).query(Integer.class).single();
    }

    private static String status(JdbcClient db, long campaign) {
        return db.sql("select status from campaign where id = :c").param("c", campaign).query(String.class).single();
    }
}
