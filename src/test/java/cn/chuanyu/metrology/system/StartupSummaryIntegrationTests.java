package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.MovableClock;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StartupSummaryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StartupSummary summary;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    GreenMail greenMail;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectProvider<EmbeddedPostgres> postgresProvider;

    @Autowired
    ObjectProvider<GreenMail> greenMailProvider;

    @Autowired
    EmbeddedDatabaseProperties databaseProperties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    MovableClock clock;

    @Test
    void saysWhereEverythingIsOnTheActualPorts() {
        String text = summary.text();

        assertThat(text).contains(
                "http://localhost:" + port + "/",
                "http://localhost:" + port + "/camunda/app/cockpit/default/",
                "http://localhost:" + port + "/swagger-ui.html",
                "http://localhost:" + port + "/actuator/health",
                "embedded PostgreSQL at localhost:" + postgres.getPort(),
                "embedded GreenMail SMTP at localhost:" + greenMail.getSmtp().getPort());
    }

    @Test
    void listsTheDemoAccountsWithTheirPasswordInTheDemoRun() {
        String username = "summary-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new UserAccounts.NewAccount(username, "{noop}unused", "Summary", Role.ADMIN, null, null));

        String text = summaryWith(new MockEnvironment()
                .withProperty("chuanyu.demo.enabled", "true").withProperty("chuanyu.demo.password", "chuanyu-demo"));

        assertThat(text).contains("Demo accounts  password: chuanyu-demo").containsPattern("ADMIN\\s+.*");
        assertThat(text.lines().filter(line -> line.startsWith("    ADMIN "))).singleElement()
                .satisfies(line -> assertThat(line).matches(".*(" + username + "|in all\\)).*"));
        assertThat(text.lines().count()).isLessThan(25);
    }

    @Test
    void listsNoAccountsOutsideTheDemoRun() {
        String text = summaryWith(new MockEnvironment().withProperty("chuanyu.demo.enabled", "false")
                .withProperty("chuanyu.demo.password", "chuanyu-demo"));

        assertThat(text).contains("Database").doesNotContain("Demo accounts", "chuanyu-demo");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("    ADMIN"));
    }

    @Test
    void warnsLoudlyWhenTheLongestDeadlineFromTodayReachesAYearWithoutItsHolidayArrangement() {
        try {
            clock.setTo(LocalDate.of(2026, 12, 4));
            assertThat(summary.text()).contains("Calendar", "WARNING", "does not cover [2027]", "PROVISIONAL",
                    "/admin/calendar");

            clock.setTo(LocalDate.of(2026, 6, 1));
            // other tests of the shared database import far-future years (2092 and later) after these
            assertThat(summary.text()).doesNotContain("WARNING").contains("covers [2025, 2026");
        } finally {
            clock.reset();
        }
    }

    private String summaryWith(MockEnvironment environment) {
        return new StartupSummary(environment, postgresProvider, greenMailProvider, databaseProperties, jdbc, calendar)
                .text();
    }
}
