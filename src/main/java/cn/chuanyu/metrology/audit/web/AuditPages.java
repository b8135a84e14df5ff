package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditQuery;
import cn.chuanyu.metrology.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' audit log page: the latest records, filtered by actor or action, and the chain check. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_FILTER = 100;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
               @RequestParam(defaultValue = "0") int page, Model model) {
        String chosenActor = filter(actor);
        String chosenAction = filter(action);
        int safePage = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("records", trail.find(new AuditQuery(chosenActor, chosenAction, null, null, safePage,
                PAGE_SIZE)));
        model.addAttribute("actor", chosenActor);
        model.addAttribute("action", chosenAction);
        return "audit/log";
    }

    /** Walks the whole chain (read-only) and shows where it breaks, above the latest records. */
    @GetMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return log(null, null, 0, model);
    }

    private static String filter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_FILTER ? stripped.substring(0, MAX_FILTER) : stripped;
    }
}
