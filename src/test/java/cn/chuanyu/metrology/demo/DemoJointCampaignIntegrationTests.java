package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer plays a joint campaign with the demo data alone: the demo administrator plans and opens a joint SC + CQ
 * campaign through the API, and every inspector the draw puts on a team is a demo staff member whose demo account
 * signs in and finds the inspection in "my tasks".
 */
@IntegrationTest
class DemoJointCampaignIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJointDemoCampaignGivesWorkOnlyToDemoInspectorsWhoseAccountsSeeItInTheirTasks() {
        String category = jdbc.sql("""
                        select s.category_code from authorisation_scope s join party p on p.id = s.party_id
                        where p.name_en like '%(demo)' and p.kind = 'AUTHORISED_BODY'
                        group by s.category_code having count(distinct p.province) = 2
                        order by count(*), s.category_code limit 1""").query(String.class).single();
        ResponseEntity<JsonNode> created = admin().postForEntity("/api/campaigns", Map.ofEntries(
                Map.entry("name", "演示联合抽查 " + category), Map.entry("partyKind", "AUTHORISED_BODY"),
                Map.entry("categories", List.of(category)), Map.entry("provinces", List.of("SC", "CQ")),
                Map.entry("joint", true), Map.entry("sampleCount", 2), Map.entry("minimumPerRiskClass", Map.of()),
                Map.entry("loadCap", 10), Map.entry("periodStart", "2027-01-01"), Map.entry("periodEnd", "2027-03-31"),
                Map.entry("windowStart", "2027-01-10"), Map.entry("windowEnd", "2027-02-28"),
                Map.entry("beaconSource", "福利彩票双色球 演示 " + category + " 期开奖号码"),
                Map.entry("beaconDueAt", OffsetDateTime.now().plusDays(2).withNano(0).toString())), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().at("/campaign/id").asLong();

        assertThat(admin().postForEntity("/api/campaigns/" + id + "/open", Map.of("confirmShortfall", true),
                JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        awaitStatus(id, "FROZEN");
        String value = "05 09 14 21 27 32 + " + (id % 16 + 1);
        assertThat(admin().postForEntity("/api/campaigns/" + id + "/reveals", Map.of("contributor", "BEACON",
                "value", value, "confirmValue", value), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitStatus(id, "STARTED");

        List<Map<String, Object>> team = jdbc.sql("""
                        select s.staff_no, a.username, p.name_zh
                        from inspection i join inspection_team t on t.inspection_id = i.id
                        join staff s on s.id = t.staff_id join party p on p.id = i.party_id
                        left join security_account_view a on a.staff_id = s.id and a.enabled
                        where i.campaign_id = :id order by s.staff_no""").param("id", id).query().listOfRows();
        long drawn = jdbc.sql("select count(*) from inspection where campaign_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(drawn).as("parties drawn").isGreaterThanOrEqualTo(2);
        assertThat(team).as("two inspectors on each drawn party's team").hasSize((int) (2 * drawn));
        assertThat(team).extracting(row -> (String) row.get("staff_no")).allMatch(no -> no.matches("(SC|CQ)-I-\\d{3}"));
        for (Map<String, Object> member : team) {
            assertThat(member.get("username")).as(member.get("staff_no") + " has a demo account").isNotNull();
            PageSession inspector = PageSession.signedIn(port, (String) member.get("username"), DemoAccounts.PASSWORD);
            await(member.get("username") + "'s tasks list the party").atMost(Duration.ofSeconds(60))
                    .until(() -> inspector.get("/tasks").body().contains((String) member.get("name_zh")));
        }
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", DemoAccounts.PASSWORD);
    }

    private void awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(90)).until(() -> status.equals(admin()
                .getForObject("/api/campaigns/" + id, JsonNode.class).at("/campaign/status").asText()));
    }
}
