package cn.chuanyu.metrology.calendar.web;

import cn.chuanyu.metrology.calendar.CalendarAdministration;
import cn.chuanyu.metrology.calendar.CalendarCoverage;
import cn.chuanyu.metrology.calendar.CalendarDay;
import cn.chuanyu.metrology.calendar.CalendarYear;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.kernel.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** ADMIN's API of the working-day calendar: coverage, years, days, and the import of a year's arrangement. */
@RestController
@RequestMapping("/api/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;

    CalendarController(WorkingCalendar calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    record CalendarResponse(CalendarCoverage coverage, boolean covered, LocalDate coveredUntil,
                            List<CalendarYear> years) {
    }

    record DayRequest(@NotNull Boolean working, @NotBlank @Size(max = 40) String name) {
    }

    record ImportResponse(int year, int days) {
    }

    @GetMapping
    CalendarResponse overview() {
        CalendarCoverage coverage = calendar.coverage();
        return new CalendarResponse(coverage, coverage.covered(), coverage.coveredUntil(), calendar.years());
    }

    @GetMapping("/{year}")
    List<CalendarDay> days(@PathVariable int year) {
        return calendar.days(year);
    }

    @GetMapping(value = "/{year}/export", produces = "text/csv")
    ResponseEntity<String> export(@PathVariable int year) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"calendar-" + year + ".csv\"")
                .body(calendar.csv(year));
    }

    /** Replaces the year's days with the CSV body and marks the year covered, naming where it was published. */
    @PostMapping(value = "/{year}/import", consumes = {"text/csv", "text/plain"})
    ImportResponse importYear(@PathVariable int year, @RequestParam(required = false) String source,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate publishedOn, @RequestBody String csv, Authentication user) {
        int days = administration.importYear(new CalendarAdministration.YearImport(year, csv, source, publishedOn),
                user.getName());
        return new ImportResponse(year, days);
    }

    @PutMapping("/days/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void putDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @Valid @RequestBody DayRequest request) {
        administration.putDay(new CalendarDay(day, request.working(), request.name()));
    }

    @DeleteMapping("/days/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        if (!administration.removeDay(day)) {
            throw new NotFoundException("problem.calendar.dayNotFound", day);
        }
    }
}
