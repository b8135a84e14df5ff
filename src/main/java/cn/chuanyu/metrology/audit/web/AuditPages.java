package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import cn.chuanyu.metrology.audit.AuditQuery;
import cn.chuanyu.metrology.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;

/**
 * The administrators' audit log page: the latest records, filtered by actor or action, the chain check against
 * the published checkpoints, the latest checkpoints and a button that writes one now.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_FILTER = 100;
    private static final int CHECKPOINTS_SHOWN = 5;

    private final AuditTrail trail;
    private final AuditCheckpoints checkpoints;

    AuditPages(AuditTrail trail, AuditCheckpoints checkpoints) {
        this.trail = trail;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
               @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long written,
               Model model) {
        String chosenActor = filter(actor);
        String chosenAction = filter(action);
        int safePage = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("records", trail.find(new AuditQuery(chosenActor, chosenAction, null, null, safePage,
                PAGE_SIZE)));
        model.addAttribute("actor", chosenActor);
        model.addAttribute("action", chosenAction);
        model.addAttribute("checkpoints", checkpoints.published(0, CHECKPOINTS_SHOWN));
        model.addAttribute("written", written);
        return "audit/log";
    }

    /** Writes a checkpoint now (published at once, mailed by a job of its own) and shows it at the top. */
    @PostMapping("/admin/audit/checkpoints")
    String writeCheckpoint(Principal administrator) {
        return "redirect:/admin/audit?written=" + checkpoints.requestNow(administrator.getName()).number();
    }

    /** Walks the whole chain (read-only) and shows where it breaks, above the latest records. */
    @GetMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return log(null, null, 0, null, model);
    }

    private static String filter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_FILTER ? stripped.substring(0, MAX_FILTER) : stripped;
    }
}
