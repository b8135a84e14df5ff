package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.Message;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTests {

    @Test
    void aQuarterlySeriesIsDueEveryThreeMonthsFromItsStart() {
        Recurrence quarterly = Recurrence.parse("R/2027-01-01T00:00:00+08:00/P3M").orElseThrow();

        assertThat(quarterly.repetitions()).isNull();
        assertThat(quarterly.period()).isEqualTo(Period.ofMonths(3));
        assertThat(quarterly.occurrenceDate(1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(quarterly.occurrenceDate(3)).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void aTimerFiringLateBelongsToTheLastOccurrenceDueAndOneFiringEarlyToTheFirst() {
        Recurrence quarterly = Recurrence.parse("R/2027-01-01T00:00:00+08:00/P3M").orElseThrow();

        assertThat(quarterly.occurrenceDue(Instant.parse("2026-11-26T00:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(quarterly.occurrenceDue(Instant.parse("2027-03-31T16:00:00Z"))).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(quarterly.occurrenceDue(Instant.parse("2027-06-30T12:00:00Z"))).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aCountedSeriesKeepsItsCount() {
        assertThat(Recurrence.parse("R4/2027-01-01T09:00:00+08:00/P1M").orElseThrow().repetitions()).isEqualTo(4);
    }

    @Test
    void aPeriodShorterThanADayIsRefusedSayingWhy() {
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/PT12H")).hasValueSatisfying(reason ->
                assertThat(reason.code()).isEqualTo("problem.recurrence.wholeDays"));
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/P1DT12H")).isPresent();
        assertThat(Recurrence.parse("R/2027-01-01T00:00:00+08:00/PT12H")).isEmpty();
    }

    @Test
    void aDayAWeekWrittenInDaysAMonthAndAYearAreAllowed() {
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/P1D")).isEmpty();
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/P7D")).isEmpty();
        assertThat(Recurrence.problem("R12/2027-01-01T09:00:00+08:00/P1M")).isEmpty();
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/P1Y6M")).isEmpty();
        assertThat(Recurrence.parse("R/2027-01-01T00:00:00+08:00/P1D").orElseThrow().occurrenceDate(3))
                .isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void eachWrongPartIsNamed() {
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/P1W")).hasValueSatisfying(reason ->
                assertThat(reason.code()).isEqualTo("problem.recurrence.wholeDays"));
        assertThat(Recurrence.problem("R/2027-01-01T00:00:00+08:00/P0D")).hasValueSatisfying(reason ->
                assertThat(reason.code()).isEqualTo("problem.recurrence.atLeastADay"));
        assertThat(Recurrence.problem("R/2027-01-01/P3M")).hasValueSatisfying(reason ->
                assertThat(reason.code()).isEqualTo("problem.recurrence.start"));
        assertThat(Recurrence.problem("R0/2027-01-01T00:00:00+08:00/P3M")).hasValueSatisfying(reason ->
                assertThat(reason.code()).isEqualTo("problem.recurrence.repetitions"));
        assertThat(Recurrence.problem("every quarter")).hasValueSatisfying(reason ->
                assertThat(reason).isEqualTo(Message.of("problem.recurrence.format", Recurrence.EXAMPLE)));
    }

    @Test
    void somethingElseIsNotARecurrence() {
        assertThat(Recurrence.parse("R/P3M")).isEmpty();
        assertThat(Recurrence.parse("R/2027-01-01/P3M")).isEmpty();
        assertThat(Recurrence.parse("R/2027-01-01T00:00:00+08:00/PT0S")).isEmpty();
        assertThat(Recurrence.parse("every quarter")).isEmpty();
    }
}
