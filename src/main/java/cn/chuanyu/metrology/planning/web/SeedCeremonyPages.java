package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.planning.Contributions;
import cn.chuanyu.metrology.planning.Reveals;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The seed ceremony on the campaign page: name the public random value (before opening), commit a supervisor's
 * secret by its SHA-256 (before opening), reveal it and enter the public value (after the freeze). A refused form
 * comes back with what was typed and the reason beside the field.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class SeedCeremonyPages {

    private final Contributions contributions;
    private final Reveals reveals;
    private final CampaignPageModel page;

    SeedCeremonyPages(Contributions contributions, Reveals reveals, CampaignPageModel page) {
        this.contributions = contributions;
        this.reveals = reveals;
        this.page = page;
    }

    @PostMapping("/campaigns/{id}/beacon")
    String nameBeacon(@PathVariable long id, @RequestParam(defaultValue = "") String beaconSource,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm",
                              fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime beaconDueAt,
                      @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>(Map.of("beaconSource", beaconSource));
        typed.put("beaconDueAt", beaconDueAt == null ? "" : beaconDueAt.toString());
        return attempt(id, "beacon", typed, user, model, redirect, "campaign.beaconNamed", () ->
                contributions.commit(id, new Contributions.Commitment(Contributor.BEACON, null, beaconSource,
                        beaconDueAt == null ? null : beaconDueAt.atOffset(CampaignForm.REGULATORS_OFFSET)), user));
    }

    @PostMapping("/campaigns/{id}/commitments")
    String commit(@PathVariable long id, @RequestParam Contributor contributor,
                  @RequestParam(defaultValue = "") String sha256, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        return attempt(id, "commit", Map.of("sha256", sha256), user, model, redirect, "campaign.committed", () ->
                contributions.commit(id, new Contributions.Commitment(contributor, sha256.strip(), null, null), user));
    }

    @PostMapping("/campaigns/{id}/reveals")
    String reveal(@PathVariable long id, @RequestParam Contributor contributor,
                  @RequestParam(defaultValue = "") String value, @RequestParam(required = false) String confirmValue,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>(Map.of("value", value));
        typed.put("confirmValue", confirmValue == null ? "" : confirmValue);
        return attempt(id, "reveal." + contributor, typed, user, model, redirect, "campaign.revealed", () ->
                reveals.reveal(id, new Reveals.Reveal(contributor, value, confirmValue), user));
    }

    private String attempt(long id, String form, Map<String, String> typed, CurrentUser user, Model model,
                           RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/campaigns/" + id;
        } catch (RefusedException problem) {
            return page.refused(id, form, problem, typed, user, model, redirect);
        }
    }
}
