package cn.chuanyu.metrology.calendar.web;

import cn.chuanyu.metrology.calendar.CalendarCoverage;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.function.Supplier;

/**
 * Puts the calendar's coverage on every page an administrator sees, so the header can warn when next year's
 * holiday arrangement is missing. It is read only when a page shows it: API calls and other users pay nothing.
 */
@ControllerAdvice(annotations = Controller.class)
class CalendarWarningAdvice {

    private final WorkingCalendar calendar;

    CalendarWarningAdvice(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute("calendarCoverage")
    Supplier<CalendarCoverage> calendarCoverage() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = user != null && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return admin ? new Once(calendar) : () -> null;
    }

    /** Reads the coverage the first time a page asks for it. */
    private static final class Once implements Supplier<CalendarCoverage> {

        private final WorkingCalendar calendar;
        private CalendarCoverage coverage;

        Once(WorkingCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public CalendarCoverage get() {
            if (coverage == null) {
                coverage = calendar.coverage();
            }
            return coverage;
        }
    }
}
