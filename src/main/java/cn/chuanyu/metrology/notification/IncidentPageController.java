package cn.chuanyu.metrology.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ADMIN's incidents page: every failed job of any process that ran out of retries, each with a retry. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IncidentPageController {

    private static final int LIMIT = 200;

    private final JobIncidents incidents;

    IncidentPageController(JobIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/admin/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.list(LIMIT));
        model.addAttribute("total", incidents.count());
        return "admin/incidents";
    }

    @PostMapping("/admin/incidents/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        incidents.retry(id);
        redirect.addFlashAttribute("done", "incidents.retried");
        return "redirect:/admin/incidents";
    }
}
