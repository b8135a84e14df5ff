package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.FormErrors;
import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.CampaignStatus;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Campaign pages (抽查计划) for supervisors (their own province) and administrators (joint ones too): the list and
 * the create form, which comes back with what was typed and the reason beside each refused field.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class CampaignPages {

    private static final int LIST_SIZE = 100;

    private final Campaigns campaigns;
    private final ReferenceData reference;
    private final Clock clock;

    CampaignPages(Campaigns campaigns, ReferenceData reference, Clock clock) {
        this.campaigns = campaigns;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) CampaignStatus status, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        model.addAttribute("campaigns", campaigns.list(user, status, LIST_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CampaignStatus.values());
        return "planning/campaigns";
    }

    @GetMapping("/campaigns/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        String scope = user.province() == null ? CampaignForm.JOINT : user.province();
        return form(model.addAttribute("campaignForm", CampaignForm.startingOn(scope, LocalDate.now(clock))), user);
    }

    @PostMapping("/campaigns")
    String create(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Campaign campaign = campaigns.create(form.toCommand(), user);
                redirect.addFlashAttribute("done", "campaign.created");
                return "redirect:/campaigns/" + campaign.id();
            } catch (RefusedException problem) {
                reject(errors, problem);
            }
        }
        return form(model, user);
    }

    private String form(Model model, CurrentUser user) {
        model.addAttribute("categories", reference.categories().stream().filter(ReferenceData.Category::active)
                .toList());
        model.addAttribute("scopes", user.province() == null ? List.of("SC", "CQ", CampaignForm.JOINT)
                : List.of(user.province()));
        return "planning/campaign-form";
    }

    /** Puts the module's refusal beside the fields it names (in the form's own terms), or above the form. */
    static void reject(BindingResult errors, RefusedException refusal) {
        if (refusal.problems().isEmpty()) {
            FormErrors.rejectForm(errors, refusal.detail());
            return;
        }
        refusal.problems().forEach(problem ->
                FormErrors.reject(errors, new FieldProblem(formField(problem.field()), problem.reason())));
    }

    private static String formField(String field) {
        String plain = field.replaceAll("[\\[.].*", "");
        return switch (plain) {
            case "provinces", "joint" -> "scope";
            case "minimumPerRiskClass" -> "minimumHigh";
            default -> plain;
        };
    }
}
