package cn.chuanyu.metrology.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/** Formats moments for pages in the regulators' own time zone (templates call it as {@code @pageTime}). */
@Component("pageTime")
public class PageTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    PageTime(Clock clock) {
        this.clock = clock;
    }

    /** A date as yyyy-MM-dd, a moment as yyyy-MM-dd HH:mm in the clock's zone; empty for null. */
    public String at(Temporal value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        Instant instant = value instanceof OffsetDateTime odt ? odt.toInstant() : Instant.from(value);
        return MINUTES.format(instant.atZone(clock.getZone()));
    }

    /** Calendar days from today to the date: negative once it has passed. */
    public long daysUntil(LocalDate date) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), date);
    }

    /** Today in the regulators' zone, for date inputs. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
