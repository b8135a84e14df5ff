package cn.chuanyu.metrology.calendar;

import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ADMIN's changes to the calendar, each one transaction and one audit record: import a year's arrangement
 * (replaces the year's days and marks the year covered), add or change one day, remove one day.
 */
@Service
@Transactional
public class CalendarAdministration {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int SOURCE_MAX = 300;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CalendarAdministration(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A year's arrangement as published, in the CSV format of {@link CalendarCsv}. */
    public record YearImport(int year, String csv, String source, LocalDate publishedOn) {
    }

    public int importYear(YearImport command, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        year(command.year(), problems);
        if (command.source() == null || command.source().isBlank() || command.source().length() > SOURCE_MAX) {
            problems.add(FieldProblem.of("source", "problem.calendar.source", command.year(), SOURCE_MAX));
        }
        List<CalendarDay> days = CalendarCsv.parse(command.year(), command.csv(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("delete from working_calendar_day where day between :from and :to")
                .param("from", LocalDate.of(command.year(), 1, 1)).param("to", LocalDate.of(command.year(), 12, 31))
                .update();
        days.forEach(this::insert);
        jdbc.sql("""
                        insert into working_calendar_year (year, source, published_on, imported_at, imported_by)
                        values (:year, :source, :published, :now, :actor)
                        on conflict (year) do update set source = excluded.source,
                            published_on = excluded.published_on, imported_at = excluded.imported_at,
                            imported_by = excluded.imported_by""")
                .param("year", command.year()).param("source", command.source().strip())
                .param("published", command.publishedOn()).param("now", Timestamp.from(clock.instant()))
                .param("actor", actor).update();
        audit.record("CALENDAR_YEAR_IMPORTED", "CALENDAR_YEAR", command.year(), Map.of(
                "days", days.size(), "source", command.source().strip()));
        return days.size();
    }

    public void putDay(CalendarDay day) {
        List<FieldProblem> problems = new ArrayList<>();
        year(day.day().getYear(), problems);
        if (day.name() == null || day.name().isBlank() || day.name().length() > 40) {
            problems.add(FieldProblem.of("name", "problem.calendar.name", 40));
        }
        if (day.working() && !CalendarCsv.weekend(day.day())) {
            problems.add(FieldProblem.of("working", "problem.calendar.weekendOnly"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("delete from working_calendar_day where day = :day").param("day", day.day()).update();
        insert(day);
        audit.record("CALENDAR_DAY_SET", "CALENDAR_DAY", day.day(), Map.of(
                "working", day.working(), "name", day.name().strip()));
    }

    /** Removes an exceptional day; false when it was not listed. */
    public boolean removeDay(LocalDate day) {
        boolean removed = jdbc.sql("delete from working_calendar_day where day = :day").param("day", day).update() > 0;
        if (removed) {
            audit.record("CALENDAR_DAY_REMOVED", "CALENDAR_DAY", day, Map.of());
        }
        return removed;
    }

    private void insert(CalendarDay day) {
        jdbc.sql("insert into working_calendar_day (day, working, name_zh) values (:day, :working, :name)")
                .param("day", day.day()).param("working", day.working()).param("name", day.name().strip()).update();
    }

    private static void year(int year, List<FieldProblem> problems) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(FieldProblem.of("year", "problem.between", FIRST_YEAR, LAST_YEAR));
        }
    }
}
