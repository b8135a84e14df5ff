package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RectificationScheduleTests {

    // 2026-10-01..07 National Day holiday, Saturday 2026-10-10 worked instead (调休)
    static final WorkingDays CALENDAR = new WorkingDays(Map.of(
            LocalDate.of(2026, 10, 1), false, LocalDate.of(2026, 10, 2), false,
            LocalDate.of(2026, 10, 5), false, LocalDate.of(2026, 10, 6), false, LocalDate.of(2026, 10, 7), false,
            LocalDate.of(2026, 10, 10), true), Set.of(2026));

    @Test
    void aScheduleIsDueAtTheStartOfTheDayAfterTheDeadlineAndRemindsAtNine() {
        var schedule = RectificationSchedule.of(CALENDAR, LocalDate.of(2026, 11, 26), 10, 3,
                ZoneId.of("Asia/Shanghai"));

        assertThat(schedule.deadline()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(schedule.dueAt()).isEqualTo("2026-12-11T00:00:00+08:00");
        assertThat(schedule.reminderAt()).isEqualTo("2026-12-07T09:00:00+08:00");
    }

    @Test
    void aShortDeadlineRemindsOnTheDayItIsOrdered() {
        var schedule = RectificationSchedule.of(CALENDAR, LocalDate.of(2026, 11, 26), 1, 3,
                ZoneId.of("Asia/Shanghai"));

        assertThat(schedule.reminderAt()).isEqualTo("2026-11-26T09:00:00+08:00");
    }

    @Test
    void aDeadlineCountedIntoAYearWithoutItsArrangementIsProvisional() {
        var inside = RectificationSchedule.of(CALENDAR, LocalDate.of(2026, 11, 26), 10, 3, ZoneId.of("Asia/Shanghai"));
        var across = RectificationSchedule.of(CALENDAR, LocalDate.of(2026, 12, 4), 20, 3, ZoneId.of("Asia/Shanghai"));

        assertThat(inside.provisional()).isFalse();
        assertThat(across.deadline()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(across.provisional()).isTrue();
    }
}
