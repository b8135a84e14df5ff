package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The public page of the audit chain's checkpoints (审计链检查点公示): the published checkpoints and a form that
 * compares a checkpoint someone holds with them. Names no person.
 */
@Controller
class PublicCheckpointPage {

    private static final int PAGE_SIZE = 30;

    private final AuditCheckpoints checkpoints;
    private final MessageSource messages;

    PublicCheckpointPage(AuditCheckpoints checkpoints, MessageSource messages) {
        this.checkpoints = checkpoints;
        this.messages = messages;
    }

    @GetMapping("/public/audit")
    String checkpoints(@RequestParam(required = false) String number,
                       @RequestParam(required = false) String sequence,
                       @RequestParam(required = false) String headMac,
                       @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("listing", PublicCheckpoints.listing(checkpoints, safePage, PAGE_SIZE));
        model.addAttribute("number", number);
        model.addAttribute("sequence", sequence);
        model.addAttribute("headMac", headMac);
        if (number != null) {
            try {
                model.addAttribute("check", PublicCheckpoints.check(checkpoints, number, sequence, headMac, null));
            } catch (InvalidInputException invalid) {
                model.addAttribute("errors", invalid.problems().stream()
                        .map(p -> new FieldError(p.field(), messages.getMessage(p.reason(), locale))).toList());
            }
        }
        return "audit/public";
    }

    /** A wrong field of the comparison form and why, in the reader's language. */
    record FieldError(String field, String reason) {
    }
}
