package cn.chuanyu.metrology.inspection.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts working days: Monday to Friday, except public holidays, plus the weekends the State Council calendar
 * makes working days (调休). The calendar maps each exceptional day to whether it is worked.
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> exceptions;

    public WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exceptional = exceptions.get(day);
        if (exceptional != null) {
            return exceptional;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The working day that is {@code count} working days after {@code start} (start itself not counted). */
    public LocalDate after(LocalDate start, int count) {
        return step(start, count, 1);
    }

    /** The working day that is {@code count} working days before {@code end}. */
    public LocalDate before(LocalDate end, int count) {
        return step(end, count, -1);
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
