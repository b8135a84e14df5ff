package cn.chuanyu.metrology.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTests {

    // 2026-10-01..07 National Day holiday, Saturday 2026-10-10 worked instead (调休)
    static final WorkingDays CALENDAR = new WorkingDays(Map.of(
            LocalDate.of(2026, 10, 1), false, LocalDate.of(2026, 10, 2), false,
            LocalDate.of(2026, 10, 5), false, LocalDate.of(2026, 10, 6), false, LocalDate.of(2026, 10, 7), false,
            LocalDate.of(2026, 10, 10), true));

    @Test
    void weekendsAreSkipped() {
        // Thursday 2026-11-26 + 3 working days = Tuesday 2026-12-01
        assertThat(CALENDAR.after(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void holidaysAreSkippedAndAdjustedWeekendsCount() {
        // Wednesday 2026-09-30 + 1 = Thursday 10-08; + 3 = Saturday 10-10 (worked)
        assertThat(CALENDAR.after(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CALENDAR.after(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void countingBackSkipsTheSameDays() {
        assertThat(CALENDAR.before(LocalDate.of(2026, 10, 8), 1)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CALENDAR.before(LocalDate.of(2026, 12, 1), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeCountsAreRefused() {
        assertThat(CALENDAR.after(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThatThrownBy(() -> CALENDAR.after(LocalDate.of(2026, 11, 28), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarThatKnowsItsYearsCoversOnlyThose() {
        WorkingDays days = new WorkingDays(Map.of(), java.util.Set.of(2026));

        assertThat(days.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(days.covers(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(days.coversAll(LocalDate.of(2026, 12, 4), LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(days.coversAll(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void aWeekendDayMovesToTheNextWorkingDayAndAWorkedSaturdayStays() {
        assertThat(CALENDAR.onOrAfter(LocalDate.of(2026, 10, 3))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CALENDAR.onOrAfter(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(CALENDAR.onOrAfter(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
