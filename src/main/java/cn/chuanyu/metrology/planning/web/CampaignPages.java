package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.CampaignProblem;
import cn.chuanyu.metrology.planning.CampaignStatus;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import java.util.Map;

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
            } catch (CampaignProblem problem) {
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

    /** Puts the module's refusal beside the fields it names, or above the form when it names none. */
    static void reject(BindingResult errors, CampaignProblem problem) {
        Object listed = problem.getBody().getProperties() == null ? null
                : problem.getBody().getProperties().get("errors");
        if (problem.getStatusCode().value() != HttpStatus.BAD_REQUEST.value() || !(listed instanceof List<?> list)) {
            errors.reject("campaign.refused." + problem.getStatusCode().value(), problem.getBody().getDetail());
            return;
        }
        for (Object item : list) {
            Map<?, ?> error = (Map<?, ?>) item;
            String field = formField(String.valueOf(error.get("field")));
            String message = String.valueOf(error.get("reason"));
            if (errors.getFieldType(field) != null) {
                errors.rejectValue(field, "campaign.rule." + field, new Object[]{message}, message);
            } else {
                errors.reject("error.rule", new Object[]{message}, message);
            }
        }
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
