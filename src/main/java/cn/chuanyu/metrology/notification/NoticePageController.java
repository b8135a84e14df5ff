package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.kernel.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;

/** The ADMIN's "sent notices" page: what went out, to whom, how it went, the rendered mail; failed jobs are counted. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class NoticePageController {

    private static final int PAGE_SIZE = 50;

    private final NoticeStore store;
    private final JobIncidents incidents;
    private final NoticeDelivery delivery;
    private final long answerWaitSeconds;

    NoticePageController(NoticeStore store, JobIncidents incidents, NoticeDelivery delivery,
                         @Value("${spring.mail.properties[mail.smtp.timeout]:0}") long readTimeoutMillis) {
        this.store = store;
        this.incidents = incidents;
        this.delivery = delivery;
        this.answerWaitSeconds = readTimeoutMillis / 1000;
    }

    @GetMapping("/admin/notices")
    String list(@RequestParam(required = false) NoticeStatus status, @RequestParam(required = false) NoticeKind kind,
                @RequestParam(required = false) NoticeAdminController.Province province,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        String s = status == null ? null : status.name();
        String k = kind == null ? null : kind.name();
        String p = province == null ? null : province.name();
        long total = store.count(s, k, p);
        model.addAttribute("notices", store.page(s, k, p, current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
        model.addAttribute("status", s);
        model.addAttribute("kind", k);
        model.addAttribute("province", p);
        model.addAttribute("kinds", Arrays.asList(NoticeKind.values()));
        model.addAttribute("statuses", Arrays.stream(NoticeStatus.values()).map(Enum::name).toList());
        model.addAttribute("failed", store.count("FAILED", null, null));
        model.addAttribute("incidents", incidents.count());
        model.addAttribute("answerWaitSeconds", answerWaitSeconds);
        return "notice/admin-list";
    }

    @GetMapping("/admin/notices/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("notice", store.find(id).orElseThrow(() -> new NotFoundException("problem.notice.notFound", id)));
        return "notice/admin-detail";
    }

    /** Sends a FAILED notice again to the party's current addresses, after an administrator corrected them. */
    @PostMapping("/admin/notices/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        NoticeStatus status = delivery.resend(id);
        redirect.addFlashAttribute("resent", status.name());
        return "redirect:/admin/notices/" + id;
    }
}
