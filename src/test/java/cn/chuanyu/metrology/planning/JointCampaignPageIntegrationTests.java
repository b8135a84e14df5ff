package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A joint campaign's page as each province's supervisor reads it: every drawn party is listed, and a party links to
 * its inspection only when that inspection opens for the reader (the inspection module's access rule decides).
 */
@IntegrationTest
class JointCampaignPageIntegrationTests {

    private static final Pattern INSPECTION_LINK = Pattern.compile("href=\"(/inspections/\\d+)\"");

    @LocalServerPort
    int port;
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
    void eachProvincesSupervisorSeesEveryDrawnPartyAndOnlyLinksThatOpenAndPartiesInEnglish() {
        PlanningFixtures fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        String category = fixtures.category();
        List<Long> parties = new ArrayList<>();
        for (String province : List.of("SC", "SC", "CQ", "CQ")) {
            parties.add(fixtures.party(province, "LOW", category));
            fixtures.inspector(province, category);
            fixtures.inspector(province, category);
        }
        String english = "Joint Page Test Body " + parties.get(0);
        jdbc.sql("update party set name_en = :name where id = :id").param("name", english)
                .param("id", parties.get(0)).update();
        CurrentUser admin = fixtures.user(fixtures.account(Role.ADMIN, null));
        long id = campaigns.create(PlanningFixtures.campaign(category, Set.of("SC", "CQ"), true, 4, null), admin).id();
        fixtures.openAndReveal(campaigns, reveals, id, admin);
        await().atMost(Duration.ofSeconds(90)).until(() -> "STARTED".equals(jdbc.sql(
                "select status from campaign where id = :id").param("id", id).query(String.class).single()));
        assertThat(jdbc.sql("select count(*) from inspection where campaign_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(4);

        for (String province : List.of("SC", "CQ")) {
            PageSession supervisor = PageSession.signedIn(port, fixtures.account(Role.SUPERVISOR, province),
                    PlanningFixtures.PASSWORD);
            String page = supervisor.get("/campaigns/" + id).body();
            List<String> links = links(page);
            assertThat(page.split("<td class=\"party-name\"", -1)).as("every drawn party listed").hasSize(5);
            assertThat(links).as(province + " supervisor's links: the own province's two inspections").hasSize(2);
            links.forEach(link -> assertThat(supervisor.get(link).statusCode()).as(link).isEqualTo(200));
            assertThat(supervisor.get("/campaigns/" + id + "?lang=en").body()).as("party names in English")
                    .contains(english);
        }
        PageSession administrator = PageSession.signedIn(port, fixtures.account(Role.ADMIN, null),
                PlanningFixtures.PASSWORD);
        assertThat(links(administrator.get("/campaigns/" + id).body())).hasSize(4);
    }

    private static List<String> links(String page) {
        List<String> links = new ArrayList<>();
        Matcher link = INSPECTION_LINK.matcher(page);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }
}
