package cn.chuanyu.metrology.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A year whose arrangement is in the calendar: where it comes from, who imported it and when. */
public record CalendarYear(int year, String source, LocalDate publishedOn, Instant importedAt, String importedBy,
                           int holidays, int workedWeekendDays) {
}
