package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.calendar.CalendarCoverage;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Says once, when the application is ready, where everything is: the app, Cockpit, the API docs, health,
 * the database and the mail server, and in the demo run the demo accounts and their password.
 */
@Component
class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);
    private static final int NAMES_PER_LINE = 6;

    private final Environment environment;
    private final ObjectProvider<EmbeddedPostgres> embeddedDatabase;
    private final ObjectProvider<GreenMail> embeddedMail;
    private final EmbeddedDatabaseProperties databaseProperties;
    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final AtomicBoolean told = new AtomicBoolean();

    StartupSummary(Environment environment, ObjectProvider<EmbeddedPostgres> embeddedDatabase,
                   ObjectProvider<GreenMail> embeddedMail, EmbeddedDatabaseProperties databaseProperties,
                   JdbcClient jdbc, WorkingCalendar calendar) {
        this.environment = environment;
        this.embeddedDatabase = embeddedDatabase;
        this.embeddedMail = embeddedMail;
        this.databaseProperties = databaseProperties;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Readiness is announced after every ready listener has run, so the block closes the start-up log. */
    @EventListener
    void ready(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !told.getAndSet(true)) {
            log.info(text());
            String warning = calendarWarning(calendar.coverage());
            if (warning != null) {
                log.warn(warning);
            }
        }
    }

    String text() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080")
                + environment.getProperty("server.servlet.context-path", "");
        StringJoiner lines = new StringJoiner(System.lineSeparator(), System.lineSeparator(), "");
        lines.add("----------------------------------------------------------------------------------------");
        lines.add("chuanyu-metrology is ready");
        lines.add("  App            " + base + "/");
        lines.add("  Camunda        " + base + "/camunda/app/cockpit/default/  (Cockpit, Admin, Tasklist: ADMIN only)");
        lines.add("  API docs       " + (environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true)
                ? base + "/swagger-ui.html" : "off (API_DOCS=true switches them on)"));
        lines.add("  Health         " + base + "/actuator/health");
        lines.add("  Database       " + database());
        lines.add("  Mail           " + mail());
        CalendarCoverage coverage = calendar.coverage();
        lines.add("  Calendar       " + (coverage.covered() ? "covers " + coverage.coveredYears()
                + ", enough for the longest deadline from today (until " + coverage.neededUntil() + ")"
                : calendarWarning(coverage)));
        if (environment.getProperty("chuanyu.demo.enabled", Boolean.class, false)) {
            demoAccounts(lines);
        }
        lines.add("----------------------------------------------------------------------------------------");
        return lines.toString();
    }

    /** The loud line when a deadline started today can reach a year whose holidays are not imported. */
    static String calendarWarning(CalendarCoverage coverage) {
        if (coverage.covered()) {
            return null;
        }
        return "WARNING: the working-day calendar does not cover " + coverage.missingYears()
                + ": the longest deadline from today (" + coverage.windowWorkingDays() + " working days) runs until "
                + coverage.neededUntil() + "; deadlines reaching it are PROVISIONAL. Import the State Council's "
                + "holiday arrangement at /admin/calendar (README: Working-day calendar)";
    }

    private String database() {
        EmbeddedPostgres postgres = embeddedDatabase.getIfAvailable();
        if (postgres == null) {
            String url = environment.getProperty("spring.datasource.url", "");
            return "external PostgreSQL " + url.replaceFirst("\\?.*", "");
        }
        String folder = databaseProperties.dataDirectory().isBlank() ? "a throw-away folder"
                : Path.of(databaseProperties.dataDirectory()).toAbsolutePath().toString();
        return "embedded PostgreSQL at localhost:" + postgres.getPort() + ", data in " + folder;
    }

    private String mail() {
        GreenMail greenMail = embeddedMail.getIfAvailable();
        if (greenMail == null) {
            return "SMTP server " + environment.getProperty("spring.mail.host") + ":"
                    + environment.getProperty("spring.mail.port", "25");
        }
        return "embedded GreenMail SMTP at localhost:" + greenMail.getSmtp().getPort()
                + " (demo only: mail stays in memory, nothing leaves this machine)";
    }

    private void demoAccounts(StringJoiner lines) {
        lines.add("  Demo accounts  password: " + environment.getProperty("chuanyu.demo.password", "(not set)"));
        jdbc.sql("""
                        select role || coalesce(' ' || province, '') as team,
                               array_agg(username order by username) as names
                        from security_account_view where enabled
                        group by role, province
                        order by role, province nulls first""")
                .query((rs, row) -> "    " + pad(rs.getString("team")) + names(
                        List.of((String[]) rs.getArray("names").getArray())))
                .list()
                .forEach(lines::add);
    }

    private static String pad(String team) {
        return String.format("%-15s", team);
    }

    private static String names(List<String> usernames) {
        if (usernames.size() <= NAMES_PER_LINE) {
            return String.join(", ", usernames);
        }
        return String.join(", ", usernames.subList(0, NAMES_PER_LINE)) + ", ... (" + usernames.size() + " in all)";
    }
}
