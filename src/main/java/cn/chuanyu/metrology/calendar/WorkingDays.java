package cn.chuanyu.metrology.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Counts working days: Monday to Friday, except public holidays, plus the weekends the State Council calendar
 * makes working days (调休). The calendar maps each exceptional day to whether it is worked, and knows which
 * years' arrangements it holds: a day in another year is counted as Monday to Friday and is not covered.
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> coveredYears;

    /** A calendar that covers every year (for rules that only need the days). */
    public WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this(exceptions, null);
    }

    public WorkingDays(Map<LocalDate, Boolean> exceptions, Set<Integer> coveredYears) {
        this.exceptions = Map.copyOf(exceptions);
        this.coveredYears = coveredYears == null ? null : Set.copyOf(coveredYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exceptional = exceptions.get(day);
        if (exceptional != null) {
            return exceptional;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the arrangement of the day's year is in the calendar. */
    public boolean covers(LocalDate day) {
        return coveredYears == null || coveredYears.contains(day.getYear());
    }

    /** Whether every day from {@code from} to {@code to} (both included) lies in a covered year. */
    public boolean coversAll(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!covers(LocalDate.of(year, 1, 1))) {
                return false;
            }
        }
        return true;
    }

    /** The working day that is {@code count} working days after {@code start} (start itself not counted). */
    public LocalDate after(LocalDate start, int count) {
        return step(start, count, 1);
    }

    /** The working day that is {@code count} working days before {@code end}. */
    public LocalDate before(LocalDate end, int count) {
        return step(end, count, -1);
    }

    /** The day itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : after(day, 1);
    }

    private LocalDate step(LocalDate from, int count, int direction) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
