package cn.chuanyu.metrology.calendar;

import cn.chuanyu.metrology.web.FieldProblem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes one year's arrangement as CSV: header {@code date,type,name}, then one line per exceptional
 * day, {@code type} {@code HOLIDAY} (休) or {@code WORKDAY} (班, a weekend day worked). Every bad line is named.
 */
final class CalendarCsv {

    static final String HEADER = "date,type,name";
    private static final int NAME_MAX = 40;

    private CalendarCsv() {
    }

    /** The days of {@code year} in {@code text}; every problem at once, with its row (the header is row 1). */
    static List<CalendarDay> parse(int year, String text, List<FieldProblem> problems) {
        List<CalendarDay> days = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n");
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
            problems.add(new FieldProblem("file", "the first line must be the header " + HEADER));
            return days;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                CalendarDay day = row(year, i + 1, lines[i], problems);
                if (day != null && !seen.add(day.day())) {
                    problems.add(new FieldProblem("row " + (i + 1) + " date", day.day() + " is listed twice"));
                } else if (day != null) {
                    days.add(day);
                }
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("file", "no days: a year's arrangement lists its holidays"));
        }
        return days;
    }

    static String write(List<CalendarDay> days) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        days.forEach(d -> csv.append(d.day()).append(',').append(d.working() ? "WORKDAY" : "HOLIDAY").append(',')
                .append(d.name()).append('\n'));
        return csv.toString();
    }

    private static CalendarDay row(int year, int row, String line, List<FieldProblem> problems) {
        String[] cells = line.split(",", -1);
        if (cells.length != 3) {
            problems.add(new FieldProblem("row " + row, "needs 3 columns (date,type,name), has " + cells.length));
            return null;
        }
        int before = problems.size();
        LocalDate date = date(year, row, cells[0].strip(), problems);
        Boolean working = switch (cells[1].strip().toUpperCase(Locale.ROOT)) {
            case "HOLIDAY", "休" -> false;
            case "WORKDAY", "班" -> true;
            default -> {
                problems.add(new FieldProblem("row " + row + " type", "must be HOLIDAY (休) or WORKDAY (班)"));
                yield null;
            }
        };
        String name = cells[2].strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(new FieldProblem("row " + row + " name", "the holiday's name, 1 to " + NAME_MAX
                    + " characters"));
        }
        if (date != null && Boolean.TRUE.equals(working) && !weekend(date)) {
            problems.add(new FieldProblem("row " + row + " type",
                    date + " is a " + date.getDayOfWeek() + ": only a Saturday or Sunday can be a worked day (调休)"));
        }
        return problems.size() > before ? null : new CalendarDay(date, working, name);
    }

    private static LocalDate date(int year, int row, String text, List<FieldProblem> problems) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() != year) {
                problems.add(new FieldProblem("row " + row + " date", text + " is not in " + year));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("row " + row + " date", "not a date yyyy-MM-dd: " + text));
            return null;
        }
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
