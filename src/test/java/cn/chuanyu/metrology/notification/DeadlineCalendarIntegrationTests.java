package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.MovableClock;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rectification deadlines counted through the real calendar in the database, on a clock set to the days that
 * matter: across Spring Festival with its worked Saturdays, and across the end of the covered years.
 */
@IntegrationTest
class DeadlineCalendarIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    NoticeFixtures fixtures;
    String mailbox;
    long inspection;
    String processInstanceId;

    @BeforeEach
    void inspection() {
        fixtures = new NoticeFixtures(context);
        mailbox = NoticeFixtures.mailbox();
        inspection = fixtures.open(fixtures.party("SC", "zh-CN", mailbox), "SC");
        processInstanceId = fixtures.processOf(inspection);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDeadlineOrderedBeforeSpringFestivalSkipsTheHolidayAndCountsBothWorkedSaturdays() {
        // Friday 2026-02-06 + 20 working days: 02-09..13, Sat 02-14 (worked), 02-15..23 off, 02-24..27,
        // Sat 02-28 (worked), 03-02..06, 03-09..12 → Thursday 2026-03-12 (weekdays only would give 03-06)
        clock.setTo(LocalDate.of(2026, 2, 6));

        orderRectification();

        assertThat(deadline()).isEqualTo("2026-03-12");
        assertThat(provisional()).isFalse();
        String order = NoticeFixtures.part(fixtures.awaitMessage(mailbox, "限期整改通知书"), "text/plain");
        assertThat(order).contains("整改期限：2026年3月12日").doesNotContain("暂定");
    }

    @Test
    void aDeadlineCountedIntoAYearWithoutItsArrangementIsProvisionalOnThePageAndInTheNotice() {
        // the case: ordered Friday 2026-12-04, 20 working days end on Monday 2027-01-04, but 2027's
        // arrangement is not published: the deadline is provisional
        clock.setTo(LocalDate.of(2026, 12, 4));

        orderRectification();

        assertThat(deadline()).isEqualTo("2027-01-04");
        assertThat(provisional()).isTrue();
        String order = NoticeFixtures.part(fixtures.awaitMessage(mailbox, "限期整改通知书"), "text/plain");
        assertThat(order).contains("2027年1月4日（暂定：该年度节假日安排尚未发布）");
        String page = PageSession.signedIn(port, "supervisor.sc", "chuanyu-demo").get("/inspections/" + inspection)
                .body();
        assertThat(page).contains("2027-01-04", "deadline-provisional", "暂定：该年度节假日安排尚未发布");
    }

    /** On site and approved with a major finding; the order is decided in this thread, on the moved clock. */
    private void orderRectification() {
        fixtures.completeTask(processInstanceId, "Task_InspectOnSite", java.util.Map.of());
        fixtures.completeTask(processInstanceId, "Task_ReviewInspection", java.util.Map.of("reviewApproved", true,
                "criticalFindings", 0, "majorFindings", 1, "minorFindings", 0));
    }

    private String deadline() {
        return jdbc.sql("select rectification_deadline::text from inspection where id = :id").param("id", inspection)
                .query(String.class).single();
    }

    private boolean provisional() {
        return jdbc.sql("select rectification_deadline_provisional from inspection where id = :id")
                .param("id", inspection).query(Boolean.class).single();
    }
}
