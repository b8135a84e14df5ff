package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.kernel.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import cn.chuanyu.metrology.planning.CampaignStatus;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.Contributions;
import cn.chuanyu.metrology.planning.Draws;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.DrawDocument;
import cn.chuanyu.metrology.planning.PublicDraw;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the campaign page shows: the campaign, its seed ceremony (contributions, what the user may commit or reveal,
 * what the draw waits for), the capacity before opening, the progress and the published draw record.
 */
@Component
class CampaignPageModel {

    static final String VIEW = "planning/campaign";

    private final Campaigns campaigns;
    private final Contributions contributions;
    private final Draws draws;
    private final MessageSource messages;
    private final ReferenceData reference;
    private final Registry registry;

    CampaignPageModel(Campaigns campaigns, Contributions contributions, Draws draws, MessageSource messages,
                      ReferenceData reference, Registry registry) {
        this.campaigns = campaigns;
        this.contributions = contributions;
        this.draws = draws;
        this.messages = messages;
        this.reference = reference;
        this.registry = registry;
    }

    /** Instrument categories named in the page's language (the code where a category has no name). */
    private CategoryWords categoryWords() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new HashMap<>();
        reference.categories().forEach(category -> names.put(category.code(), category.nameIn(locale)));
        return new CategoryWords(names, messages.getMessage("list.separator", null, ", ", locale));
    }

    /** The drawn teams' inspectors by name, for staff of the regulators (the public draw record keeps ids only). */
    private TeamWords teamWords(DrawDocument draw) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        if (draw instanceof PublicDraw drawn && drawn.result() != null) {
            Set<Long> ids = drawn.result().selection().stream().flatMap(party -> party.team().stream())
                    .collect(Collectors.toSet());
            registry.staff(ids).forEach(member -> names.put(member.id(), member.nameIn(locale)));
        }
        return new TeamWords(names, messages.getMessage("list.separator", null, ", ", locale));
    }

    /** The drawn parties' names in the page's language, from the register ({@code RegisteredNames}). */
    private PartyWords partyWords(DrawDocument draw) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        if (draw instanceof PublicDraw drawn && drawn.result() != null) {
            Set<Long> ids = drawn.parties().stream().map(PublicDraw.DrawnPartyName::partyId)
                    .collect(Collectors.toSet());
            registry.parties(ids).forEach(party -> names.put(party.id(), party.nameIn(locale)));
        }
        return new PartyWords(names);
    }

    /** Names a drawn party for the page ({@code partyWords.of(name)}), the draw record's name if it is gone. */
    record PartyWords(Map<Long, String> names) {

        public String of(PublicDraw.DrawnPartyName party) {
            return names.getOrDefault(party.partyId(), party.name());
        }
    }

    /** Names a team of inspector ids for the page ({@code teamWords.of(s.team)}); an unknown id stays a number. */
    record TeamWords(Map<Long, String> names, String separator) {

        public String of(List<Long> team) {
            return team == null ? "" : team.stream().map(id -> names.getOrDefault(id, String.valueOf(id)))
                    .collect(Collectors.joining(separator));
        }
    }

    /** Names a list of category codes for the page ({@code categoryWords.of(campaign.categories)}). */
    record CategoryWords(Map<String, String> names, String separator) {

        public String of(Collection<String> codes) {
            return codes == null ? "" : codes.stream().map(code -> names.getOrDefault(code, code))
                    .collect(Collectors.joining(separator));
        }
    }

    String show(long id, CurrentUser user, Model model) {
        Campaign campaign = campaigns.find(id, user);
        model.addAttribute("campaign", campaign);
        model.addAttribute("categoryWords", categoryWords());
        model.addAttribute("progress", campaigns.progress(campaign));
        model.addAttribute("contributions", contributions.of(id));
        model.addAttribute("waiting", campaign.status() == CampaignStatus.FROZEN ? contributions.waitingFor(id)
                : List.of());
        Contributor own = user.role() == Role.SUPERVISOR && campaign.provinces().contains(user.province())
                ? Contributor.supervisorOf(user.province()) : null;
        model.addAttribute("ownContributor", own);
        model.addAttribute("mayNameBeacon", contributions.mayCommit(campaign, Contributor.BEACON, user));
        model.addAttribute("mayRevealBeacon", contributions.mayReveal(campaign, Contributor.BEACON, user));
        if (campaign.status() == CampaignStatus.PLANNED) {
            try {
                model.addAttribute("capacity", campaigns.capacity(campaign));
            } catch (ConflictException problem) {
                model.addAttribute("capacityProblem", messages.getMessage(problem.detail(),
                        LocaleContextHolder.getLocale()));
            }
        }
        if (campaign.recurrence() == null) {
            DrawDocument draw = draws.record(id, user);
            model.addAttribute("draw", draw);
            model.addAttribute("teamWords", teamWords(draw));
            model.addAttribute("partyWords", partyWords(draw));
            model.addAttribute("startedInspections", draws.startedInspections(id, user));
        }
        if (!model.containsAttribute("formErrors")) {
            model.addAttribute("formErrors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return VIEW;
    }

    /**
     * Shows a refused form again with each reason beside its field (400), or says why above the page (403, 409);
     * an unknown or invisible campaign stays 404.
     */
    String refused(long id, String form, RefusedException problem, Map<String, String> typed, CurrentUser user,
                   Model model, RedirectAttributes redirect) {
        if (problem instanceof NotFoundException) {
            throw problem;
        }
        if (!(problem instanceof InvalidInputException) || problem.problems().isEmpty()) {
            redirect.addFlashAttribute("refusal", messages.getMessage(problem.detail(), LocaleContextHolder.getLocale()));
            return "redirect:/campaigns/" + id;
        }
        Map<String, String> formErrors = new HashMap<>();
        for (FieldProblem error : problem.problems()) {
            formErrors.put(form + "." + error.field(), messages.getMessage(error.reason(),
                    LocaleContextHolder.getLocale()));
        }
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("typed", typed);
        return show(id, user, model);
    }
}
