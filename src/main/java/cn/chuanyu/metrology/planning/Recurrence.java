package cn.chuanyu.metrology.planning;

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
 * occurrence is named by that instant's date in Asia/Shanghai.
 */
record Recurrence(Integer repetitions, OffsetDateTime start, Period period) {

    private static final Pattern FORMAT = Pattern.compile("R(\\d*)/([^/]+)/(P[^/]+)");

    static Optional<Recurrence> parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Period period = Period.parse(matcher.group(3));
            if (period.isZero() || period.isNegative()) {
                return Optional.empty();
            }
            Integer repetitions = matcher.group(1).isEmpty() ? null : Integer.valueOf(matcher.group(1));
            return Optional.of(new Recurrence(repetitions, OffsetDateTime.parse(matcher.group(2)), period));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
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
