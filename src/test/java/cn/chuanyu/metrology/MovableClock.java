package cn.chuanyu.metrology;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in the tests: the real time unless a test sets it to a day (and resets it after), so
 * deadlines, calendar coverage and publication dates can be tried on the days that matter.
 */
public final class MovableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** From now on the clock reads this day at 10:00 in the regulators' zone, and stands still. */
    public void setTo(LocalDate day) {
        fixed.set(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant());
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant == null ? Instant.now() : instant;
    }

    /** Puts the movable clock in place of the application's clock in every test context. */
    @Configuration(proxyBeanMethods = false)
    @Profile("test")
    static class InTests {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
