package cn.chuanyu.metrology.calendar;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.Message;

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
            problems.add(FieldProblem.of("file", "problem.calendar.header", HEADER));
            return days;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                CalendarDay day = row(year, i + 1, lines[i], problems);
                if (day != null && !seen.add(day.day())) {
                    problems.add(FieldProblem.of("row " + (i + 1) + " date", "problem.calendar.listedTwice", day.day()));
                } else if (day != null) {
                    days.add(day);
                }
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.of("file", "problem.calendar.noDays"));
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
            problems.add(FieldProblem.of("row " + row, "problem.calendar.columns", cells.length));
            return null;
        }
        int before = problems.size();
        LocalDate date = date(year, row, cells[0].strip(), problems);
        Boolean working = switch (cells[1].strip().toUpperCase(Locale.ROOT)) {
            case "HOLIDAY", "休" -> false;
            case "WORKDAY", "班" -> true;
            default -> {
                problems.add(FieldProblem.of("row " + row + " type", "problem.calendar.type"));
                yield null;
            }
        };
        String name = cells[2].strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(FieldProblem.of("row " + row + " name", "problem.calendar.name", NAME_MAX));
        }
        if (date != null && Boolean.TRUE.equals(working) && !weekend(date)) {
            problems.add(FieldProblem.of("row " + row + " type", "problem.calendar.workedWeekday", date,
                    Message.of("dayOfWeek." + date.getDayOfWeek())));
        }
        return problems.size() > before ? null : new CalendarDay(date, working, name);
    }

    private static LocalDate date(int year, int row, String text, List<FieldProblem> problems) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() != year) {
                problems.add(FieldProblem.of("row " + row + " date", "problem.calendar.notInYear", text, year));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("row " + row + " date", "problem.calendar.date", text));
            return null;
        }
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
