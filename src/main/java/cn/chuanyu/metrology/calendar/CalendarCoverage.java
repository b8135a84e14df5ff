package cn.chuanyu.metrology.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the calendar holds every year a deadline started today can reach: {@code neededUntil} is today plus
 * the longest deadline window ({@code windowName}, {@code windowWorkingDays}); {@code missingYears} are the
 * years in between whose arrangement has not been imported.
 */
public record CalendarCoverage(LocalDate today, LocalDate neededUntil, String windowName, int windowWorkingDays,
                               List<Integer> coveredYears, List<Integer> missingYears) {

    public CalendarCoverage {
        coveredYears = List.copyOf(coveredYears);
        missingYears = List.copyOf(missingYears);
    }

    public boolean covered() {
        return missingYears.isEmpty();
    }

    /** The last day of the run of covered years that starts with today's year, or null when today's is missing. */
    public LocalDate coveredUntil() {
        int year = today.getYear();
        if (!coveredYears.contains(year)) {
            return null;
        }
        while (coveredYears.contains(year + 1)) {
            year++;
        }
        return LocalDate.of(year, 12, 31);
    }
}
