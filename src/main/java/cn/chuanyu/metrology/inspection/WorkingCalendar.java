package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The holiday calendar from {@code working_calendar_day}; small enough to read whole on each use. */
@Repository
class WorkingCalendar {

    private final JdbcClient jdbc;

    WorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkingDays workingDays() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        jdbc.sql("select day, working from working_calendar_day")
                .query(rs -> {
                    days.put(rs.getDate("day").toLocalDate(), rs.getBoolean("working"));
                });
        return new WorkingDays(days);
    }
}
