package cn.chuanyu.metrology.calendar.web;

import cn.chuanyu.metrology.calendar.CalendarCoverage;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the calendar's coverage on every page an administrator sees, so the header can warn when next year's
 * holiday arrangement is missing; other users' pages pay nothing for it.
 */
@ControllerAdvice(annotations = Controller.class)
class CalendarWarningAdvice {

    private final WorkingCalendar calendar;

    CalendarWarningAdvice(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute("calendarCoverage")
    CalendarCoverage calendarCoverage() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = user != null && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return admin ? calendar.coverage() : null;
    }
}
