package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of the audit chain's checkpoints (审计链检查点公示): the published checkpoints and a form that
 * compares a checkpoint someone holds with them. Names no person.
 */
@Controller
class PublicCheckpointPage {

    private static final int PAGE_SIZE = 30;

    private final AuditCheckpoints checkpoints;

    PublicCheckpointPage(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping("/public/audit")
    String checkpoints(@RequestParam(required = false) String number,
                       @RequestParam(required = false) String sequence,
                       @RequestParam(required = false) String headMac,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("listing", PublicCheckpoints.listing(checkpoints, safePage, PAGE_SIZE));
        model.addAttribute("number", number);
        model.addAttribute("sequence", sequence);
        model.addAttribute("headMac", headMac);
        if (number != null) {
            try {
                model.addAttribute("check", PublicCheckpoints.check(checkpoints, number, sequence, headMac, null));
            } catch (CheckpointInputException invalid) {
                model.addAttribute("errors", invalid.problems());
            }
        }
        return "audit/public";
    }
}
