/**
 * The working-day calendar (工作日): public holidays and worked weekend days (调休) per year as the State Council
 * publishes them, which years are covered, and whether today's longest deadline window is. Deadlines in working
 * days are counted through {@link cn.chuanyu.metrology.calendar.WorkingCalendar}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit"})
package cn.chuanyu.metrology.calendar;

import org.springframework.modulith.ApplicationModule;
