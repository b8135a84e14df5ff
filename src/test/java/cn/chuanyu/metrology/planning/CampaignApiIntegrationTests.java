package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class CampaignApiIntegrationTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CampaignSteps steps;

    PlanningFixtures fixtures;
    String category;
    String scSupervisor;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        category = fixtures.category();
        scSupervisor = fixtures.account(Role.SUPERVISOR, "SC");
    }

    @Test
    void aSupervisorOpensACampaignAndFollowsItsProgressUntilEveryInspectionStarted() {
        long campaignId = openedCampaign(5, 4);

        JsonNode details = awaitStarted(campaignId);

        assertThat(details.at("/progress/drawn").asInt()).isEqualTo(4);
        assertThat(details.at("/progress/started").asInt()).isEqualTo(4);
        assertThat(details.at("/progress/registerSize").asInt()).isEqualTo(5);
        List<Long> drawn = jdbc.sql("select party_id from campaign_selection where campaign_id = :id order by party_id")
                .param("id", campaignId).query(Long.class).list();
        assertThat(jdbc.sql("select party_id from inspection where campaign_id = :id order by party_id")
                .param("id", campaignId).query(Long.class).list()).isEqualTo(drawn);
        assertThat(jdbc.sql("""
                        select count(*) from campaign_selection s join inspection_team t on t.inspection_id = s.inspection_id
                        where s.campaign_id = :id and t.staff_id = any(s.team)""")
                .param("id", campaignId).query(Integer.class).single()).as("each inspection has its drawn team")
                .isEqualTo(8);
    }

    @Test
    void runningTheStartStepAgainAfterACrashCreatesNoSecondInspection() {
        long campaignId = openedCampaign(4, 4);
        awaitStarted(campaignId);
        List<Long> inspections = inspectionIds(campaignId);
        jdbc.sql("update campaign_selection set started_at = null, inspection_id = null where campaign_id = :id")
                .param("id", campaignId).update();

        while (!steps.startNextBatch(campaignId)) {
            assertThat(inspectionIds(campaignId)).isEqualTo(inspections);
        }

        assertThat(inspectionIds(campaignId)).isEqualTo(inspections);
        assertThat(jdbc.sql("select inspection_id from campaign_selection where campaign_id = :id order by inspection_id")
                .param("id", campaignId).query(Long.class).list()).isEqualTo(inspections);
    }

    @Test
    void theDrawIsPublishedAndVerifiesFromItsStoredInputs() {
        long campaignId = openedCampaign(6, 3);
        awaitStarted(campaignId);

        JsonNode record = get(scSupervisor, "/api/campaigns/" + campaignId + "/draw").getBody();
        assertThat(record.at("/algorithm").asText()).isEqualTo("chuanyu-draw/2");
        assertThat(record.at("/hashes/register").asText()).hasSize(64);
        assertThat(record.at("/frozen/register")).hasSize(6);
        assertThat(record.at("/result/selection")).hasSize(3);
        assertThat(record.at("/result/selection/0/team")).hasSize(2);

        JsonNode verification = post(scSupervisor, "/api/campaigns/" + campaignId + "/draw/verify", null).getBody();
        assertThat(verification.at("/matches").asBoolean()).isTrue();
        assertThat(verification.at("/differences")).isEmpty();
    }

    @Test
    void verificationSaysWhereATamperedDrawDiffers() {
        long campaignId = openedCampaign(6, 3);
        awaitStarted(campaignId);
        jdbc.sql("""
                        update campaign_draw set result = jsonb_set(result, '{selection,0,key}', '-9.5')
                        where campaign_id = :id""").param("id", campaignId).update();

        JsonNode verification = get(scSupervisor, "/api/campaigns/" + campaignId + "/draw/verify").getBody();

        assertThat(verification.at("/matches").asBoolean()).isFalse();
        assertThat(verification.at("/differences/0").asText()).startsWith("selection position 1");
    }

    @Test
    void thePublicDrawGivesTeamsAndInspectorIdsWithoutAnAccountButNoStaffNames() {
        long campaignId = openedCampaign(3, 2);
        awaitStarted(campaignId);

        ResponseEntity<JsonNode> published = http.getForEntity("/api/public/draws/" + campaignId, JsonNode.class);

        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode record = published.getBody();
        assertThat(record.at("/parties/0/creditCode").asText()).startsWith("12");
        assertThat(record.at("/frozen/inspectors")).hasSize(3);
        assertThat(record.at("/result/selection/0/team")).hasSize(2);
        assertThat(record.at("/frozen/register/0").has("previousTeam")).isTrue();
        assertThat(record.toString()).doesNotContain("抽查测试人员", "曾在该单位任职", "@example.cn");
    }

    @Test
    void theCampaignPageNamesItsInstrumentCategoriesInThePagesLanguage() {
        long id = post(scSupervisor, "/api/campaigns", body(Set.of("SC"), false)).getBody().at("/campaign/id").asLong();

        String chinese = page(scSupervisor, "/campaigns/" + id + "?lang=zh-CN");
        assertThat(chinese).contains("<dd id=\"campaign-categories\">测试器具</dd>").doesNotContain(">" + category + "<");
        String english = page(scSupervisor, "/campaigns/" + id + "?lang=en");
        assertThat(english).contains("<dd id=\"campaign-categories\">Test instruments</dd>");
    }

    @Test
    void theCampaignPageNamesTheInspectorsOfEachDrawnTeam() {
        long campaignId = openedCampaign(6, 3);
        awaitStarted(campaignId);
        JsonNode team = get(scSupervisor, "/api/campaigns/" + campaignId + "/draw").getBody()
                .at("/result/selection/0/team");
        List<String> names = new java.util.ArrayList<>();
        team.forEach(member -> names.add(jdbc.sql("select name_zh from staff where id = :id")
                .param("id", member.asLong()).query(String.class).single()));

        assertThat(names).hasSize(2);
        assertThat(page(scSupervisor, "/campaigns/" + campaignId + "?lang=zh-CN"))
                .contains("<td class=\"team\">" + String.join("、", names) + "</td>");
    }

    @Test
    void theCampaignPageLinksEachDrawnPartyToItsInspectionOnceStarted() {
        long campaignId = openedCampaign(6, 3);
        awaitStarted(campaignId);
        List<Map<String, Object>> started = jdbc.sql("""
                        select s.inspection_id, p.name_zh from campaign_selection s join party p on p.id = s.party_id
                        where s.campaign_id = :id order by s.position""").param("id", campaignId)
                .query().listOfRows();

        assertThat(started).isNotEmpty().allSatisfy(row -> assertThat(row.get("inspection_id")).isNotNull());
        String page = page(scSupervisor, "/campaigns/" + campaignId + "?lang=zh-CN");
        assertThat(started).allSatisfy(row -> assertThat(page).contains(
                "<a href=\"/inspections/" + row.get("inspection_id") + "\">" + row.get("name_zh") + "</a>"));
    }

    @Test
    void anInspectorCannotCreateACampaign() {
        String inspector = fixtures.account(Role.INSPECTOR, "SC");

        assertThat(post(inspector, "/api/campaigns", body(Set.of("SC"), false)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aChongqingSupervisorCannotCreateASichuanCampaign() {
        String cqSupervisor = fixtures.account(Role.SUPERVISOR, "CQ");

        ResponseEntity<JsonNode> response = post(cqSupervisor, "/api/campaigns", body(Set.of("SC"), false));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(campaignsNamed(category)).isZero();
    }

    @Test
    void aSupervisorCannotCreateAJointCampaignButAnAdministratorCan() {
        assertThat(post(scSupervisor, "/api/campaigns", body(Set.of("SC", "CQ"), true)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> created = post(fixtures.account(Role.ADMIN, null), "/api/campaigns",
                body(Set.of("SC", "CQ"), true));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/campaigns/" + created.getBody().at("/campaign/id"));
        assertThat(created.getBody().at("/campaign/joint").asBoolean()).isTrue();
    }

    @Test
    void anInvalidCampaignIsRefusedNamingEachFieldAndNothingIsStored() {
        Map<String, Object> invalid = new java.util.HashMap<>(body(Set.of("SC"), false));
        invalid.put("name", "");
        invalid.put("sampleRatio", 0.1);
        invalid.put("recurrence", "quarterly");

        ResponseEntity<JsonNode> response = post(scSupervisor, "/api/campaigns", invalid);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().at("/errors").findValuesAsText("field")).contains("name");
        assertThat(campaignsNamed(category)).isZero();
    }

    @Test
    void theCampaignsAreListedForWhoMaySeeThem() {
        long id = createdCampaign(3, 1);

        JsonNode sichuan = get(scSupervisor, "/api/campaigns?size=500").getBody();
        JsonNode chongqing = get(fixtures.account(Role.SUPERVISOR, "CQ"), "/api/campaigns?size=500").getBody();

        assertThat(sichuan.findValues("id")).extracting(JsonNode::asLong).contains(id);
        assertThat(chongqing.findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);
    }

    @Test
    void aRecurrenceShorterThanADayIsRefusedWithItsReasonBesideTheField() {
        Map<String, Object> twiceADay = new java.util.HashMap<>(body(Set.of("SC"), false));
        twiceADay.put("recurrence", "R/2027-01-01T00:00:00+08:00/PT12H");

        ResponseEntity<JsonNode> response = post(scSupervisor, "/api/campaigns", twiceADay);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors")).singleElement().satisfies(error -> {
            assertThat(error.at("/field").asText()).isEqualTo("recurrence");
            assertThat(error.toString()).as("the reason beside the field").contains("整年、整月或整天");
        });
        assertThat(campaignsNamed(category)).isZero();
    }

    @Test
    void aSupervisorOfTheOtherProvinceCannotSeeTheCampaign() {
        long campaignId = createdCampaign(2, 1);

        ResponseEntity<JsonNode> response = get(fixtures.account(Role.SUPERVISOR, "CQ"), "/api/campaigns/" + campaignId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCampaignOpensOnce() {
        long campaignId = openedCampaign(2, 1);

        assertThat(post(scSupervisor, "/api/campaigns/" + campaignId + "/open", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    /** Created, opened and its public random value entered once the register is frozen: the draw runs. */
    private long openedCampaign(int parties, int drawn) {
        long campaignId = createdCampaign(parties, drawn);
        ResponseEntity<JsonNode> opened = post(scSupervisor, "/api/campaigns/" + campaignId + "/open", null);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(60)).until(() -> get(scSupervisor, "/api/campaigns/" + campaignId)
                .getBody().at("/campaign/status").asText().equals("FROZEN"));
        String value = PlanningFixtures.beaconValue(campaignId);
        assertThat(post(scSupervisor, "/api/campaigns/" + campaignId + "/reveals", Map.of("contributor", "BEACON",
                "value", value, "confirmValue", value)).getStatusCode()).isEqualTo(HttpStatus.OK);
        return campaignId;
    }

    private long createdCampaign(int parties, int drawn) {
        for (int i = 0; i < parties; i++) {
            fixtures.party("SC", i % 2 == 0 ? "HIGH" : "LOW", category);
        }
        for (int i = 0; i < 3; i++) {
            fixtures.inspector("SC", category);
        }
        Map<String, Object> body = new java.util.HashMap<>(body(Set.of("SC"), false));
        body.put("sampleCount", drawn);
        ResponseEntity<JsonNode> created = post(scSupervisor, "/api/campaigns", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().at("/campaign/id").asLong();
    }

    private Map<String, Object> body(Set<String> provinces, boolean joint) {
        return Map.ofEntries(Map.entry("name", "2027 年一季度抽查 " + category), Map.entry("partyKind", "AUTHORISED_BODY"),
                Map.entry("categories", List.of(category)), Map.entry("provinces", provinces),
                Map.entry("joint", joint), Map.entry("sampleCount", 1),
                Map.entry("minimumPerRiskClass", Map.of("HIGH", 1)), Map.entry("loadCap", 10),
                Map.entry("periodStart", "2027-01-01"), Map.entry("periodEnd", "2027-03-31"),
                Map.entry("windowStart", "2027-01-10"), Map.entry("windowEnd", "2027-02-28"),
                Map.entry("beaconSource", "福利彩票双色球 " + category + " 期开奖号码"),
                Map.entry("beaconDueAt", OffsetDateTime.now().plusDays(2).withNano(0).toString()));
    }

    private JsonNode awaitStarted(long campaignId) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> get(scSupervisor, "/api/campaigns/" + campaignId).getBody(),
                details -> details.at("/campaign/status").asText().equals("STARTED"));
    }

    private List<Long> inspectionIds(long campaignId) {
        return jdbc.sql("select id from inspection where campaign_id = :id order by id").param("id", campaignId)
                .query(Long.class).list();
    }

    private int campaignsNamed(String category) {
        return jdbc.sql("select count(*) from campaign where :category = any(categories)").param("category", category)
                .query(Integer.class).single();
    }

    private ResponseEntity<JsonNode> get(String username, String path) {
        return http.withBasicAuth(username, PlanningFixtures.PASSWORD).getForEntity(path, JsonNode.class);
    }

    private String page(String username, String path) {
        int port = URI.create(http.getRootUri()).getPort();
        HttpResponse<String> answer = PageSession.signedIn(port, username, PlanningFixtures.PASSWORD).get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private ResponseEntity<JsonNode> post(String username, String path, Object body) {
        return http.withBasicAuth(username, PlanningFixtures.PASSWORD).postForEntity(path, body, JsonNode.class);
    }
}
