package cn.chuanyu.metrology.calendar;

import java.time.LocalDate;

/** One exceptional day: a public holiday ({@code working=false}) or a worked weekend day (调休, {@code true}). */
public record CalendarDay(LocalDate day, boolean working, String name) {
}
