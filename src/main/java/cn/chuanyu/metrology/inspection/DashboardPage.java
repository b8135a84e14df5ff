package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.kernel.Vocabulary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * Supervisors' and administrators' dashboard: open inspections by province and status, findings by severity,
 * as charts, each with its figures as CSV, and the inspections that are stuck. A provincial user sees their own
 * province only.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
@Transactional(readOnly = true)
class DashboardPage {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final int STUCK_SHOWN = 50;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Vocabulary vocabulary;
    private final StuckInspections stuck;

    DashboardPage(JdbcClient jdbc, WorkingCalendar calendar, Vocabulary vocabulary, StuckInspections stuck) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
        this.calendar = calendar;
        this.stuck = stuck;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("openInspections", openInspections(user));
        model.addAttribute("findings", findings(user));
        model.addAttribute("dashboardCalendar", calendar.coverage());
        model.addAttribute("stuck", stuck.list(user.province(), STUCK_SHOWN));
        return "inspection/dashboard";
    }

    @GetMapping("/dashboard/open-inspections.csv")
    ResponseEntity<String> openInspectionsCsv(@AuthenticationPrincipal CurrentUser user) {
        StringBuilder csv = new StringBuilder("province,status,count,label_zh,label_en\n");
        openInspections(user).forEach(c -> csv.append(c.province()).append(',').append(c.key()).append(',')
                .append(c.count()).append(',').append(labels("status", c.key())).append('\n'));
        return ResponseEntity.ok().contentType(CSV).body(csv.toString());
    }

    @GetMapping("/dashboard/findings.csv")
    ResponseEntity<String> findingsCsv(@AuthenticationPrincipal CurrentUser user) {
        StringBuilder csv = new StringBuilder("province,severity,count,label_zh,label_en\n");
        findings(user).forEach(c -> csv.append(c.province()).append(',').append(c.key()).append(',')
                .append(c.count()).append(',').append(labels("severity", c.key())).append('\n'));
        return ResponseEntity.ok().contentType(CSV).body(csv.toString());
    }

    /** The code's words in both languages, from the one vocabulary (the message bundles). */
    private String labels(String prefix, String code) {
        return vocabulary.word(prefix, code, Vocabulary.ZH) + "," + vocabulary.word(prefix, code, Vocabulary.EN);
    }

    private List<Count> openInspections(CurrentUser user) {
        return jdbc.sql("""
                        select province, status as key, count(*) as count from inspection
                        where status <> 'CLOSED' and (cast(:province as char(2)) is null or province = :province)
                        group by province, status order by province, status""")
                .param("province", user.province()).query(Count.class).list();
    }

    private List<Count> findings(CurrentUser user) {
        return jdbc.sql("""
                        select i.province, f.severity as key, count(*) as count
                        from finding f join inspection i on i.id = f.inspection_id
                        where cast(:province as char(2)) is null or i.province = :province
                        group by i.province, f.severity order by i.province, f.severity""")
                .param("province", user.province()).query(Count.class).list();
    }

    /** One bar of a chart: a province, a status or severity, and how many. */
    record Count(String province, String key, long count) {
    }
}
