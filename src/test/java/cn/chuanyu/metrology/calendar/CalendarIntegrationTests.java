package cn.chuanyu.metrology.calendar;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.MovableClock;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar ADMIN maintains: import of a year's arrangement from CSV (every bad line named, nothing half
 * written), edits of single days, each change audited, and the loud warning when today's longest deadline
 * reaches a year that is not covered. Imports use far-away years so the shared database keeps its real calendar.
 */
@IntegrationTest
class CalendarIntegrationTests {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "chuanyu-demo";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MovableClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theShippedCalendarHoldsTheStateCouncilsArrangementsOf2025And2026AndNot2027() {
        assertThat(calendar.coveredYears()).contains(2025, 2026).doesNotContain(2027);
        WorkingDays days = calendar.workingDays();
        // 2026: Spring Festival 02-15..23 off, Saturdays 02-14 and 02-28 worked; National Day 10-01..07, 10-10 worked
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        // 2025: Spring Festival 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked
        assertThat(days.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(days.covers(LocalDate.of(2027, 2, 10))).isFalse();
    }

    @Test
    void aBadArrangementIsRefusedWithEveryBadLineAndNothingIsWritten() {
        String csv = "date,type,name\n2098-01-01,HOLIDAY,元旦\n2097-05-01,HOLIDAY,劳动节\n2098-02-03,WORKDAY,调休\n"
                + "2098-02-04,VACATION,春节\n2098-01-01,HOLIDAY,元旦\n";

        ResponseEntity<String> answer = importYear(2098, csv, "");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("row 3 date", "not in 2098", "row 4 type", "is a Monday",
                "row 5 type", "HOLIDAY (休) or WORKDAY (班)", "row 6 date", "listed twice", "\"source\"");
        assertThat(calendar.days(2098)).isEmpty();
        assertThat(calendar.coveredYears()).doesNotContain(2098);
    }

    @Test
    void anImportedYearIsCoveredRoundTripsAsCsvAndIsAudited() throws Exception {
        String csv = "\uFEFFdate,type,name\r\n2099-01-01,休,元旦\r\n2099-01-03,班,元旦调休\r\n2099-02-02,HOLIDAY,春节\r\n";

        ResponseEntity<String> answer = importYear(2099, csv, "source=国务院办公厅关于2099年部分节假日安排的通知"
                + "&publishedOn=2098-11-04");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(answer.getBody()).get("days").asInt()).isEqualTo(3);
        assertThat(calendar.coveredYears()).contains(2099);
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2099, 1, 3))).isTrue();
        assertThat(http.withBasicAuth(ADMIN, PASSWORD).getForObject("/api/admin/calendar/2099/export", String.class))
                .isEqualTo("date,type,name\n2099-01-01,HOLIDAY,元旦\n2099-01-03,WORKDAY,元旦调休\n"
                        + "2099-02-02,HOLIDAY,春节\n");
        assertThat(audited("CALENDAR_YEAR_IMPORTED", "2099")).isEqualTo(ADMIN);
    }

    @Test
    void aSingleDayIsSetAndRemovedWithAuditAndAWeekdayCannotBeMadeAWorkedWeekend() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        var admin = http.withBasicAuth(ADMIN, PASSWORD);

        ResponseEntity<String> weekday = admin.exchange("/api/admin/calendar/days/2096-03-06", HttpMethod.PUT,
                new HttpEntity<>("{\"working\":true,\"name\":\"调休\"}", headers), String.class);
        ResponseEntity<String> saturday = admin.exchange("/api/admin/calendar/days/2096-03-03", HttpMethod.PUT,
                new HttpEntity<>("{\"working\":true,\"name\":\"调休\"}", headers), String.class);

        assertThat(weekday.getStatusCode().value()).isEqualTo(400);
        assertThat(weekday.getBody()).contains("working", "Saturday or Sunday");
        assertThat(saturday.getStatusCode().value()).isEqualTo(204);
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2096, 3, 3))).isTrue();
        assertThat(audited("CALENDAR_DAY_SET", "2096-03-03")).isEqualTo(ADMIN);
        assertThat(admin.exchange("/api/admin/calendar/days/2096-03-03", HttpMethod.DELETE, null, String.class)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2096, 3, 3))).isFalse();
        assertThat(audited("CALENDAR_DAY_REMOVED", "2096-03-03")).isEqualTo(ADMIN);
    }

    @Test
    void theAdminHeaderTheDashboardAndTheApiWarnWhenTheLongestDeadlineReachesAnUncoveredYear() throws Exception {
        clock.setTo(LocalDate.of(2026, 12, 4));
        PageSession admin = PageSession.signedIn(port, ADMIN, PASSWORD);

        String parties = admin.get("/admin/parties").body();
        String dashboard = admin.get("/dashboard").body();
        JsonNode overview = json.readTree(http.withBasicAuth(ADMIN, PASSWORD)
                .getForObject("/api/admin/calendar", String.class));

        assertThat(parties).contains("calendar-warning", "工作日历未覆盖", "2027 年的节假日安排尚未导入",
                "href=\"/admin/calendar\"");
        assertThat(dashboard).contains("dashboard-calendar", "2027 年的节假日安排尚未导入");
        assertThat(overview.get("covered").asBoolean()).isFalse();
        assertThat(overview.get("coverage").get("missingYears").toString()).isEqualTo("[2027]");
        assertThat(overview.get("coverage").get("neededUntil").asText()).isEqualTo("2027-01-04");
        assertThat(jdbc.sql("select 1 from working_calendar_year where year = 2027").query().listOfRows()).isEmpty();

        clock.setTo(LocalDate.of(2026, 6, 1));
        assertThat(admin.get("/admin/parties").body()).doesNotContain("calendar-warning");
    }

    @Test
    void anAdministratorImportsAYearOnThePageAndABadFileIsShownLineByLineWithWhatWasTyped() {
        PageSession admin = PageSession.signedIn(port, ADMIN, PASSWORD);

        var refused = admin.post("/admin/calendar", "/admin/calendar/import", Map.of("year", "2095",
                "source", "国务院办公厅关于2095年部分节假日安排的通知", "csv", "date,type,name\n2095-13-01,HOLIDAY,元旦\n"));
        var imported = admin.post("/admin/calendar", "/admin/calendar/import", Map.of("year", "2095",
                "source", "国务院办公厅关于2095年部分节假日安排的通知", "csv", "date,type,name\n2095-01-01,HOLIDAY,元旦\n"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("import-errors", "row 2 date", "2095-13-01",
                "国务院办公厅关于2095年部分节假日安排的通知");
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/calendar/2095").body()).contains("day-2095-01-01", "元旦")
                .doesNotContain("year-not-covered");
    }

    private ResponseEntity<String> importYear(int year, String csv, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return http.withBasicAuth(ADMIN, PASSWORD).exchange("/api/admin/calendar/" + year + "/import?" + query,
                HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
    }

    private String audited(String action, String subject) {
        return jdbc.sql("select actor from audit_record where action = :a and subject_id = :s order by sequence_no desc"
                        + " limit 1").param("a", action).param("s", subject).query(String.class).single();
    }
}
