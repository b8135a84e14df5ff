package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.DrawVerification;
import cn.chuanyu.metrology.planning.Draws;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * One campaign: its seed ceremony, the capacity before opening (a shortfall needs a confirmation beside the open
 * button), open it (freeze, reveals, draw and the inspections' start, followed by a progress bar the page polls),
 * the draw's record with a link to its public page, and its verification.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class CampaignDrawPages {

    private final Campaigns campaigns;
    private final Draws draws;
    private final CampaignPageModel page;

    CampaignDrawPages(Campaigns campaigns, Draws draws, CampaignPageModel page) {
        this.campaigns = campaigns;
        this.draws = draws;
        this.page = page;
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(id, user, model);
    }

    /** The progress and draw part alone, which the page polls (htmx) while the campaign opens. */
    @GetMapping("/campaigns/{id}/state")
    String state(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        page.show(id, user, model);
        return CampaignPageModel.VIEW + " :: state";
    }

    @PostMapping("/campaigns/{id}/open")
    String open(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmShortfall,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            campaigns.open(id, confirmShortfall, user);
            redirect.addFlashAttribute("done", "campaign.opened");
            return "redirect:/campaigns/" + id;
        } catch (RefusedException problem) {
            return page.refused(id, "open", problem, Map.of(), user, model, redirect);
        }
    }

    @PostMapping("/campaigns/{id}/verify")
    String verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        try {
            DrawVerification verification = draws.verify(id, user);
            Map<String, Object> shown = new HashMap<>();
            shown.put("matches", verification.matches());
            shown.put("registerHashMatches", verification.registerHashMatches());
            shown.put("inputsHashMatches", verification.inputsHashMatches());
            shown.put("differences", new ArrayList<>(verification.differences()));
            redirect.addFlashAttribute("verification", shown);
            return "redirect:/campaigns/" + id;
        } catch (RefusedException problem) {
            return page.refused(id, "verify", problem, Map.of(), user, model, redirect);
        }
    }
}
