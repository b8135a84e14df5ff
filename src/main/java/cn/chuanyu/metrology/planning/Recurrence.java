package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 repeating interval with a start, {@code R[n]/<start>/<period>} (e.g.
 * {@code R/2027-01-01T00:00:00+08:00/P3M}); occurrence k (from 1) is due at start + (k − 1) × period, and each
 * occurrence is named by that instant's date in Asia/Shanghai. The period is whole years, months and days, at least one day ({@code P1D}):
 * occurrences are named by date, so two in one day would be one.
 */
record Recurrence(Integer repetitions, OffsetDateTime start, Period period) {

    static final String EXAMPLE = "R/2027-01-01T00:00:00+08:00/P3M";

    private static final Pattern FORMAT = Pattern.compile("R(\\d*)/([^/]+)/(P[^/]*)");
    private static final Pattern WHOLE_DAYS = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+D)?");

    static Optional<Recurrence> parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (problem(text).isPresent() || !matcher.matches()) {
            return Optional.empty();
        }
        Integer repetitions = matcher.group(1).isEmpty() ? null : Integer.valueOf(matcher.group(1));
        return Optional.of(new Recurrence(repetitions, OffsetDateTime.parse(matcher.group(2)),
                Period.parse(matcher.group(3))));
    }

    /** What is wrong with a recurrence as typed, for the person who typed it; empty when it is valid. */
    static Optional<Message> problem(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.of(Message.of("problem.recurrence.format", EXAMPLE));
        }
        if (!matcher.group(1).isEmpty() && !matcher.group(1).matches("0*[1-9]\\d{0,5}")) {
            return Optional.of(Message.of("problem.recurrence.repetitions"));
        }
        try {
            OffsetDateTime.parse(matcher.group(2));
        } catch (DateTimeParseException e) {
            return Optional.of(Message.of("problem.recurrence.start"));
        }
        return periodProblem(matcher.group(3));
    }

    private static Optional<Message> periodProblem(String period) {
        if (period.contains("T") || period.contains("W")) {
            return Optional.of(Message.of("problem.recurrence.wholeDays"));
        }
        if (!WHOLE_DAYS.matcher(period).matches() || period.equals("P") || Period.parse(period).isZero()) {
            return Optional.of(Message.of("problem.recurrence.atLeastADay"));
        }
        return Optional.empty();
    }

    private static final ZoneId REGULATORS_ZONE = ZoneId.of("Asia/Shanghai");

    LocalDate occurrenceDate(int occurrence) {
        return shifted(start, occurrence).atZoneSameInstant(REGULATORS_ZONE).toLocalDate();
    }

    /** A time of the first occurrence moved to occurrence k: + (k − 1) × period. */
    OffsetDateTime shifted(OffsetDateTime first, int occurrence) {
        return first.plus(period.multipliedBy(occurrence - 1));
    }

    /** The occurrence a timer firing at {@code now} belongs to: the last one due by then, or the first. */
    int occurrenceIndexDue(Instant now) {
        int occurrence = 1;
        while (!start.plus(period.multipliedBy(occurrence)).toInstant().isAfter(now)) {
            occurrence++;
        }
        return occurrence;
    }

    LocalDate occurrenceDue(Instant now) {
        return occurrenceDate(occurrenceIndexDue(now));
    }
}
