package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The public page of a draw, read without an account: the record for people, long lists cut, the JSON whole. */
@IntegrationTest
class PublicDrawPageIntegrationTests {

    /** Lines a list of the public page shows at most (the JSON has them all). */
    private static final int PAGE_ROWS = 2_000;
    private static final int PARTIES = PAGE_ROWS + 1;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
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

    @Test
    void anyoneReadsTheDrawOnItsPublicPageWithLongListsCutTheJsonWholeAndPartiesByTheirChineseName() {
        PlanningFixtures fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        String category = fixtures.category();
        long base = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
        jdbc.sql("""
                        with made as (
                            insert into party (credit_code, kind, name_zh, province, region_code, risk_class,
                                contact_emails)
                            select '92510100' || lpad((:base + n)::text, 9, '0') || 'X', 'AUTHORISED_BODY',
                                   '公开页测试单位' || (:base + n), 'SC', '510100', 'LOW', '{page@example.cn}'
                            from generate_series(1, :n) n
                            returning id)
                        insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                        select id, '公开页' || id, date '2024-01-01', date '2099-12-31' from made""")
                .param("base", base).param("n", PARTIES).update();
        jdbc.sql("""
                        insert into authorisation_scope (party_id, category_code)
                        select party_id, :c from authorisation_certificate where number like '公开页%'
                        and party_id not in (select party_id from authorisation_scope)""")
                .param("c", category).update();
        fixtures.inspector("SC", category);
        fixtures.inspector("SC", category);
        CurrentUser supervisor = fixtures.user(fixtures.account(Role.SUPERVISOR, "SC"));
        long id = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC"), false, 1, null), supervisor).id();
        fixtures.openAndReveal(campaigns, reveals, id, supervisor);
        await().atMost(Duration.ofSeconds(90)).until(() -> "STARTED".equals(jdbc.sql(
                "select status from campaign where id = :id").param("id", id).query(String.class).single()));

        HttpResponse<String> page = PageSession.anonymous(port).get("/public/draws/" + id);
        JsonNode record = http.getForObject("/api/public/draws/" + id, JsonNode.class);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(rowsOf(page.body(), "public-register")).isEqualTo(PAGE_ROWS);
        assertThat(page.body()).contains("本页只列前 " + PAGE_ROWS + " 条", "/api/public/draws/" + id,
                record.at("/seed").asText(), record.at("/hashes/result").asText());
        assertThat(rowsOf(page.body(), "public-selection")).isEqualTo(1);
        assertThat(record.at("/frozen/register")).hasSize(PARTIES);
        assertThat(page.body()).doesNotContain("抽查测试人员");

        String drawnName = record.at("/parties/0/name").asText();
        jdbc.sql("update party set name_en = 'Public Draw Page Body' where id = :id")
                .param("id", record.at("/parties/0/partyId").asLong()).update();
        assertThat(PageSession.anonymous(port).get("/public/draws/" + id + "?lang=en").body())
                .as("the drawn party on the English page: its registered Chinese name")
                .contains(drawnName).doesNotContain("Public Draw Page Body");
    }

    private static int rowsOf(String html, String tableId) {
        Matcher table = Pattern.compile("id=\"" + tableId + "\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertThat(table.find()).as("table " + tableId).isTrue();
        return (int) Pattern.compile("<tr>").matcher(table.group(1)).results().count();
    }
}
