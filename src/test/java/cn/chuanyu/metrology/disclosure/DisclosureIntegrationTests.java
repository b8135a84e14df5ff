package cn.chuanyu.metrology.disclosure;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.MovableClock;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 结果公示 as regulators publish it, on the real database: the fields of the national disclosure, public at the
 * latest N working days after approval or at once when the inspection closes, off the list after the retention
 * but kept, searchable and paged, exported as CSV and JSON with a schema. The clock stands in far years so the
 * engine's own timers never fire during the test.
 */
@IntegrationTest
class DisclosureIntegrationTests {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inspections inspections;
    @Autowired
    Campaigns campaigns;
    @Autowired
    UserAccounts accounts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MovableClock clock;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    DisclosureSettings settings;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRectificationResultIsPublicWithinTheWorkingDaysAfterApprovalWithEveryFieldAndLeavesAfterTheRetention()
            throws Exception {
        LocalDate approvedOn = LocalDate.of(2091, 3, 5);
        clock.setTo(approvedOn);
        String code = creditCode();
        long party = party(code);
        long campaign = campaign();
        long inspection = inspections.open(new OpenInspection(party, team(), approvedOn, campaign), "disclosure-test");
        String process = processOf(inspection);
        complete(process, "Task_InspectOnSite", Map.of());
        finding(inspection, "MAJOR");
        complete(process, "Task_ReviewInspection", Map.of("reviewApproved", true, "criticalFindings", 0,
                "majorFindings", 1, "minorFindings", 0));
        LocalDate due = calendar.workingDays().after(approvedOn, settings.publishWithinWorkingDays());

        assertThat(list(code)).as("recorded at approval, not public yet").isEmpty();
        clock.setTo(due.minusDays(1));
        assertThat(list(code)).isEmpty();
        clock.setTo(due);
        List<JsonNode> published = list(code);

        assertThat(published).hasSize(1);
        JsonNode result = published.get(0);
        assertThat(result.get("planNo").asText()).isEqualTo(String.valueOf(campaign));
        assertThat(result.get("planName").asText()).isEqualTo("公示测试抽查计划");
        assertThat(result.get("taskNo").asText()).isEqualTo(String.valueOf(inspection));
        assertThat(result.get("inspectionType").asText()).isEqualTo("RANDOM");
        assertThat(result.get("inspectionTypeName").asText()).isEqualTo("双随机抽查");
        assertThat(result.get("authority").asText()).isEqualTo("四川省市场监督管理局");
        assertThat(result.get("partyName").asText()).startsWith("公示测试计量单位");
        assertThat(result.get("creditCode").asText()).isEqualTo(code);
        assertThat(result.get("items").get(0).get("result").asText()).isEqualTo("不符合（严重）");
        assertThat(result.get("items").get(1).get("result").asText()).isEqualTo("符合");
        assertThat(result.get("outcome").asText()).isEqualTo("RECTIFY");
        assertThat(result.get("result").asText()).isEqualTo("限期整改");
        assertThat(result.has("completedOn")).as("still rectifying: no completion date").isFalse();
        assertThat(result.get("publishedOn").asText()).isEqualTo(due.toString());

        String csv = http.getForObject("/api/public/disclosures/export.csv?q=" + code, String.class);
        assertThat(csv).startsWith("\uFEFF" + "plan_no,plan_name,task_no,inspection_type")
                .contains(campaign + ",公示测试抽查计划," + inspection + ",RANDOM,双随机抽查,四川省市场监督管理局,",
                        code, "不符合（严重）", ",RECTIFY,限期整改,");
        assertThat(json.readTree(http.getForObject("/api/public/disclosures/export.json?q=" + code, String.class)))
                .hasSize(1);
        JsonNode schema = json.readTree(http.getForObject("/api/public/disclosures/schema.json", String.class));
        result.fieldNames().forEachRemaining(field -> assertThat(schema.get("properties").has(field)).as(field).isTrue());

        clock.setTo(due.plus(settings.retention()).minusDays(1));
        assertThat(list(code)).hasSize(1);
        clock.setTo(due.plus(settings.retention()));
        assertThat(list(code)).as("withdrawn from public view after the retention").isEmpty();
        assertThat(jdbc.sql("select count(*) from disclosure where inspection_id = :id").param("id", inspection)
                .query(Integer.class).single()).as("and still kept").isEqualTo(1);
    }

    @Test
    void aPassedInspectionOpenedByHandIsPublicTheDayItClosesIsFoundByNameAndKeepsTheNameItWasPublishedWith()
            throws Exception {
        LocalDate day = LocalDate.of(2092, 6, 3);
        clock.setTo(day);
        String code = creditCode();
        long inspection = inspections.open(new OpenInspection(party(code), team(), day, null), "disclosure-test");
        String process = processOf(inspection);
        complete(process, "Task_InspectOnSite", Map.of());
        complete(process, "Task_ReviewInspection", Map.of("reviewApproved", true, "criticalFindings", 0,
                "majorFindings", 0, "minorFindings", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> !list(code).isEmpty());

        JsonNode result = list(code).get(0);
        assertThat(result.get("inspectionType").asText()).isEqualTo("TARGETED");
        assertThat(result.get("inspectionTypeName").asText()).isEqualTo("定向检查");
        assertThat(result.has("planNo")).as("not drawn in a plan").isFalse();
        assertThat(result.get("result").asText()).isEqualTo("合格");
        assertThat(result.get("completedOn").asText()).isEqualTo(day.toString());
        assertThat(result.get("publishedOn").asText()).isEqualTo(day.toString());
        assertThat(result.get("items").findValuesAsText("result")).isNotEmpty().containsOnly("符合");

        String name = result.get("partyName").asText();
        ResponseEntity<String> byName = http.getForEntity("/api/public/disclosures?q=" + name + "&limit=1",
                String.class);
        assertThat(byName.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
        assertThat(json.readTree(byName.getBody()).get(0).get("taskNo").asText()).isEqualTo(String.valueOf(inspection));
        assertThat(http.getForObject("/public/results?q=" + code, String.class))
                .contains("定向检查", "四川省市场监督管理局", "检查事项及结果", "共 1 条");

        jdbc.sql("""
                        update party set name_zh = name_zh || '（更名）', name_en = 'Renamed Disclosure Body'
                        where credit_code = :code""").param("code", code).update();
        assertThat(http.getForObject("/public/results?lang=en&q=" + code, String.class))
                .as("the English page after the party was renamed and given an English name")
                .contains(name).doesNotContain("（更名）", "Renamed Disclosure Body");
        assertThat(list(code).get(0).get("partyName").asText()).isEqualTo(name);
    }

    private List<JsonNode> list(String code) throws Exception {
        JsonNode page = json.readTree(http.getForObject("/api/public/disclosures?q=" + code, String.class));
        return java.util.stream.StreamSupport.stream(page.spliterator(), false).toList();
    }

    private long campaign() {
        String category = "DISC_" + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.sql("insert into instrument_category (code, name_zh, name_en) values (:code, '测试器具', 'Test')")
                .param("code", category).update();
        LocalDate start = LocalDate.of(2091, 1, 1);
        Campaign campaign = campaigns.create(new NewCampaign("公示测试抽查计划", PartyKind.AUTHORISED_BODY,
                Set.of(category), Set.of("SC"), false, 1, null, Map.of(), 2, 10, start, start.plusMonths(3),
                start.plusDays(14), start.plusDays(40), null, null, null),
                accounts.loadUserByUsername("admin"));
        return campaign.id();
    }

    private long party(String code) {
        return jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, status,
                                           contact_emails)
                        values (:code, 'AUTHORISED_BODY', :name, 'SC', '510100', 'MEDIUM', 'ACTIVE', '{qa@example.cn}')
                        returning id""")
                .param("code", code).param("name", "公示测试计量单位" + code.substring(8, 17))
                .query(Long.class).single();
    }

    private List<Long> team() {
        return List.of(inspector(), inspector());
    }

    private long inspector() {
        return jdbc.sql("insert into staff (staff_no, role, name_zh, province) values (:no, 'INSPECTOR', '公示检查员', 'SC')"
                        + " returning id").param("no", "D" + ThreadLocalRandom.current().nextLong(1_000_000_000L))
                .query(Long.class).single();
    }

    private void finding(long inspection, String severity) {
        jdbc.sql("""
                        insert into finding (inspection_id, checklist_item, clause, severity, description,
                                             recorded_by_staff_id, recorded_at)
                        select :id, c.code, c.clause, :severity, '标准器证书过期',
                               (select min(staff_id) from inspection_team where inspection_id = :id), now()
                        from checklist_item c where c.party_kind = 'AUTHORISED_BODY' order by c.position limit 1""")
                .param("id", inspection).param("severity", severity).update();
    }

    private String processOf(long inspection) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(inspection))
                .singleResult().getId();
    }

    private void complete(String process, String taskKey, Map<String, Object> variables) {
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.getActiveActivityIds(process).contains(taskKey));
        tasks.complete(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(taskKey).singleResult()
                .getId(), variables);
    }

    private static String creditCode() {
        StringBuilder code = new StringBuilder("91510100");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(code.charAt(i)) * CODE_WEIGHTS[i];
        }
        return code.append(CODE_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
