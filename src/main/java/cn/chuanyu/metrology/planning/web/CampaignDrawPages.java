package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.CampaignStatus;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.DrawVerification;
import cn.chuanyu.metrology.planning.Draws;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import java.util.Set;

/**
 * One campaign: enter the seed before the draw, open it (the draw runs and the inspections start, followed by a
 * progress bar the page polls), the draw's result with its seed, register hash and algorithm, and its verification.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class CampaignDrawPages {

    private static final Set<CampaignStatus> DRAWN = Set.of(CampaignStatus.DRAWN, CampaignStatus.STARTED);

    private final Campaigns campaigns;
    private final Draws draws;
    private final MessageSource messages;

    CampaignDrawPages(Campaigns campaigns, Draws draws, MessageSource messages) {
        this.campaigns = campaigns;
        this.draws = draws;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        state(campaigns.find(id, user), user, model);
        return "planning/campaign";
    }

    /** The progress and draw part alone, which the page polls (htmx) while the campaign opens. */
    @GetMapping("/campaigns/{id}/state")
    String state(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        state(campaigns.find(id, user), user, model);
        return "planning/campaign :: state";
    }

    @PostMapping("/campaigns/{id}/seed")
    String seed(@PathVariable long id, @RequestParam(defaultValue = "") String seed,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            campaigns.enterSeed(id, seed.strip(), user);
            redirect.addFlashAttribute("done", "campaign.seeded");
            return "redirect:/campaigns/" + id;
        } catch (InvalidInputException problem) {
            model.addAttribute("seedError", "campaign.seedInvalid");
            model.addAttribute("typedSeed", seed);
            return campaign(id, user, model);
        }
    }

    @PostMapping("/campaigns/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            campaigns.open(id, user);
            redirect.addFlashAttribute("done", "campaign.opened");
        } catch (RefusedException problem) {
            refused(problem, redirect);
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/verify")
    String verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            DrawVerification verification = draws.verify(id, user);
            Map<String, Object> shown = new HashMap<>();
            shown.put("matches", verification.matches());
            shown.put("registerHashMatches", verification.registerHashMatches());
            shown.put("inputsHashMatches", verification.inputsHashMatches());
            shown.put("differences", new ArrayList<>(verification.differences()));
            redirect.addFlashAttribute("verification", shown);
        } catch (RefusedException problem) {
            refused(problem, redirect);
        }
        return "redirect:/campaigns/" + id;
    }

    private void state(Campaign campaign, CurrentUser user, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("progress", campaigns.progress(campaign));
        if (DRAWN.contains(campaign.status())) {
            model.addAttribute("draw", draws.record(campaign.id(), user));
            model.addAttribute("publicDraw", draws.publicRecord(campaign.id()));
        }
    }

    /** The refusal shown on the campaign's page after the redirect, worded now (the flash lives in the session). */
    private void refused(RefusedException problem, RedirectAttributes redirect) {
        if (problem instanceof NotFoundException) {
            throw problem;
        }
        redirect.addFlashAttribute("refusal", messages.getMessage(problem.detail(), LocaleContextHolder.getLocale()));
    }
}
