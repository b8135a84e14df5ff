package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "My tasks" and the review queue filter and sort on the server through plain links, and remember the last filter. */
@IntegrationTest
class TaskListPageIntegrationTests {

    private static final Pattern INSPECTION = Pattern.compile("检查任务 (\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Inspections inspections;
    @Autowired
    Clock clock;

    @Test
    void theListFiltersByPlannedDateKindAndProvinceSortsBothWaysAndRemembersTheFilter() {
        InspectionFixtures fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        List<Long> team = List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(fixtures.user("SC", StaffRole.INSPECTOR)));
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = new ArrayList<>();
        for (int days : new int[] {5, 1, 9}) {
            ids.add(inspections.open(new OpenInspection(fixtures.party("SC", PartyKind.AUTHORISED_BODY), team,
                    today.plusDays(days), null), "task-list-test"));
        }
        long middle = ids.get(0);
        long soon = ids.get(1);
        long late = ids.get(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from inspection where id in (:ids) and status = 'ON_SITE'""")
                .param("ids", ids).query(Long.class).single() == 3);
        List<Long> byCreation = jdbc.sql("""
                        select inspection_id from inspection_task where inspection_id in (:ids) and closed_at is null
                        order by created_at, task_id""").param("ids", ids).query(Long.class).list();
        PageSession session = PageSession.signedIn(port, inspector, InspectionFixtures.PASSWORD);

        assertThat(listed(session, "/tasks?reset=1")).isEqualTo(byCreation).hasSize(3);
        assertThat(listed(session, "/tasks?sort=planned")).containsExactly(soon, middle, late);
        assertThat(listed(session, "/tasks?sort=planned&dir=desc")).containsExactly(late, middle, soon);
        assertThat(listed(session, "/tasks?from=" + today.plusDays(3) + "&to=" + today.plusDays(7)
                + "&kind=ON_SITE&province=SC")).containsExactly(middle);
        assertThat(listed(session, "/tasks")).as("remembered").containsExactly(middle);
        assertThat(listed(session, "/tasks?kind=VERIFY")).isEmpty();
        assertThat(listed(session, "/tasks?province=CQ")).isEmpty();
        assertThat(listed(session, "/tasks?sort=created&dir=asc")).isEqualTo(byCreation);
        assertThat(listed(session, "/tasks?kind=&province=&from=&to=&sort=created&dir=desc"))
                .isEqualTo(reversed(byCreation));
        assertThat(session.get("/tasks?sort=planned").body()).containsPattern(
                "href=\"/tasks\\?[^\"]*sort=planned&amp;dir=desc\"\\s+[^>]*aria-current=\"true\"[^>]*>计划检查日期 ↑</a>");
        PageSession supervisor = PageSession.signedIn(port, fixtures.user("SC", StaffRole.SUPERVISOR),
                InspectionFixtures.PASSWORD);
        for (String query : List.of("", "?sort=party&dir=desc", "?kind=REVIEW&province=SC&from=" + today)) {
            assertThat(supervisor.get("/tasks" + query).statusCode()).as("review queue" + query).isEqualTo(200);
        }
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    private static List<Long> listed(PageSession session, String path) {
        var page = session.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        Matcher matcher = INSPECTION.matcher(page.body());
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
