package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * When a rectification is due and when the business is reminded. The deadline day is the last day allowed,
 * so the overdue timer fires at the start of the next day; the reminder goes out at 09:00 a few working days
 * before the deadline, never before the day it is ordered. A deadline is provisional when it was counted
 * through a year whose holiday arrangement is not in the calendar.
 */
public record RectificationSchedule(LocalDate deadline, String dueAt, String reminderAt, boolean provisional) {

    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    public static RectificationSchedule of(WorkingDays days, LocalDate orderedOn, int workingDays,
                                           int reminderDaysBefore, ZoneId zone) {
        LocalDate deadline = days.after(orderedOn, workingDays);
        LocalDate reminder = days.before(deadline, reminderDaysBefore);
        if (reminder.isBefore(orderedOn)) {
            reminder = orderedOn;
        }
        return new RectificationSchedule(deadline, iso(deadline.plusDays(1).atStartOfDay(zone)),
                iso(ZonedDateTime.of(reminder, REMINDER_TIME, zone)), !days.coversAll(orderedOn, deadline));
    }

    private static String iso(ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
