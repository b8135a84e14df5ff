package cn.chuanyu.metrology.calendar.web;

import cn.chuanyu.metrology.calendar.CalendarAdministration;
import cn.chuanyu.metrology.calendar.CalendarDay;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** ADMIN's calendar pages: which years are covered (with the warning), a year's days, import and edit. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;

    CalendarPages(WorkingCalendar calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    @GetMapping("/admin/calendar")
    String overview(Model model) {
        model.addAttribute("years", calendar.years());
        model.addAttribute("format", "date,type,name\n2027-01-01,HOLIDAY,元旦\n2027-02-20,WORKDAY,春节调休");
        return "admin/calendar";
    }

    @PostMapping("/admin/calendar/import")
    String importYear(@RequestParam(required = false) Integer year, @RequestParam(required = false) String source,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                      LocalDate publishedOn, @RequestParam(required = false) String csv,
                      @RequestParam(required = false) MultipartFile file, Authentication user, Model model,
                      RedirectAttributes redirect) throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        try {
            int days = administration.importYear(new CalendarAdministration.YearImport(
                    year == null ? 0 : year, text, source, publishedOn), user.getName());
            redirect.addFlashAttribute("imported", days);
            return "redirect:/admin/calendar/" + year;
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.problems());
            model.addAttribute("year", year);
            model.addAttribute("source", source);
            model.addAttribute("publishedOn", publishedOn);
            model.addAttribute("csv", text);
            return overview(model);
        }
    }

    @GetMapping("/admin/calendar/{year}")
    String year(@PathVariable int year, Model model) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("problem.calendar.notFound", year);
        }
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.days(year));
        model.addAttribute("covered", calendar.coveredYears().contains(year));
        model.addAttribute("csvText", calendar.csv(year));
        return "admin/calendar-year";
    }

    @PostMapping("/admin/calendar/{year}/days")
    String putDay(@PathVariable int year, @RequestParam(required = false)
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(defaultValue = "false") boolean working, @RequestParam(required = false) String name,
                  Model model, RedirectAttributes redirect) {
        try {
            if (day == null || day.getYear() != year) {
                throw new InvalidInputException("day", "problem.calendar.dayInYear", year);
            }
            administration.putDay(new CalendarDay(day, working, name));
            redirect.addFlashAttribute("saved", day.toString());
            return "redirect:/admin/calendar/" + year;
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.problems());
            model.addAttribute("day", day);
            model.addAttribute("working", working);
            model.addAttribute("name", name);
            return year(year, model);
        }
    }

    @PostMapping("/admin/calendar/{year}/days/{day}/remove")
    String removeDay(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                     LocalDate day, RedirectAttributes redirect) {
        administration.removeDay(day);
        redirect.addFlashAttribute("removed", day.toString());
        return "redirect:/admin/calendar/" + year;
    }

}
