package cn.chuanyu.metrology.calendar;

import cn.chuanyu.metrology.kernel.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The working-day calendar as it is in the database: the exceptional days, the years covered, and whether the
 * longest deadline window from today stays inside covered years. Small enough to read whole on each use.
 */
@Service
public class WorkingCalendar {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<DeadlineWindow> windows;

    WorkingCalendar(JdbcClient jdbc, Clock clock, List<DeadlineWindow> windows) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.windows = List.copyOf(windows);
    }

    public WorkingDays workingDays() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        jdbc.sql("select day, working from working_calendar_day")
                .query(rs -> {
                    days.put(rs.getDate("day").toLocalDate(), rs.getBoolean("working"));
                });
        return new WorkingDays(days, new TreeSet<>(coveredYears()));
    }

    public List<Integer> coveredYears() {
        return jdbc.sql("select year from working_calendar_year order by year").query(Integer.class).list();
    }

    /** Whether the calendar covers today plus the longest deadline window any module counts. */
    public CalendarCoverage coverage() {
        LocalDate today = LocalDate.now(clock);
        DeadlineWindow longest = windows.stream().max(Comparator.comparingInt(DeadlineWindow::workingDays))
                .orElse(null);
        int length = longest == null ? 0 : longest.workingDays();
        WorkingDays days = workingDays();
        LocalDate neededUntil = days.after(today, length);
        List<Integer> covered = coveredYears();
        List<Integer> missing = IntStream.rangeClosed(today.getYear(), neededUntil.getYear()).boxed()
                .filter(year -> !covered.contains(year)).toList();
        return new CalendarCoverage(today, neededUntil, longest == null ? "" : longest.name(), length, covered,
                missing);
    }

    public List<CalendarYear> years() {
        return jdbc.sql("""
                        select y.year, y.source, y.published_on, y.imported_at, y.imported_by,
                               count(d.day) filter (where not d.working) as holidays,
                               count(d.day) filter (where d.working) as worked
                        from working_calendar_year y
                        left join working_calendar_day d on extract(year from d.day) = y.year
                        group by y.year order by y.year""")
                .query((rs, n) -> new CalendarYear(rs.getInt("year"), rs.getString("source"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getTimestamp("imported_at") == null ? null : rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by"), rs.getInt("holidays"), rs.getInt("worked")))
                .list();
    }

    /** The exceptional days listed for {@code year}, covered or not. */
    public List<CalendarDay> days(int year) {
        if (year < CalendarAdministration.FIRST_YEAR || year > CalendarAdministration.LAST_YEAR) {
            throw new InvalidInputException("year", "problem.between", CalendarAdministration.FIRST_YEAR,
                    CalendarAdministration.LAST_YEAR);
        }
        return jdbc.sql("""
                        select day, working, name_zh from working_calendar_day
                        where day between :from and :to order by day""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(), rs.getBoolean("working"),
                        rs.getString("name_zh")))
                .list();
    }

    public String csv(int year) {
        return CalendarCsv.write(days(year));
    }
}
