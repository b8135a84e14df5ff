package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FormErrors;
import cn.chuanyu.metrology.kernel.InvalidInputException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' recognition pages (结果互认): requests their province sent and received, raising one, and
 * deciding one beside the eligibility table's verdict and the scope it found uncovered. Administrators only read.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class RecognitionPages {

    private final Recognitions recognitions;
    private final ReferenceData reference;

    RecognitionPages(Recognitions recognitions, ReferenceData reference) {
        this.recognitions = recognitions;
        this.reference = reference;
    }

    @GetMapping("/recognitions")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("recognitions", recognitions.list(user));
        return "recognition/list";
    }

    @GetMapping("/recognitions/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("recognitionForm", RecognitionForm.to("SC".equals(user.province()) ? "CQ" : "SC"));
        return form(model);
    }

    @PostMapping("/recognitions")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String request(@Valid @ModelAttribute("recognitionForm") RecognitionForm form, BindingResult errors,
                   @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = recognitions.request(form.toRequest(), user);
                redirect.addFlashAttribute("done", "recognition.requested");
                return "redirect:/recognitions/" + id;
            } catch (InvalidInputException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (ConflictException conflict) {
                FormErrors.reject(errors, conflict);
            }
        }
        return form(model);
    }

    @GetMapping("/recognitions/{id}")
    String recognition(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("recognition", recognitions.find(id, user));
        return "recognition/detail";
    }

    @PostMapping("/recognitions/{id}/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String decide(@PathVariable long id, @RequestParam(required = false) Decision decision,
                  @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        String problemField = null;
        String problem = null;
        if (decision == null) {
            problemField = "decision";
            problem = "recognition.chooseDecision";
        } else {
            try {
                recognitions.decide(id, decision, reason.isBlank() ? null : reason.strip(), user);
                redirect.addFlashAttribute("done", "recognition.decided");
                return "redirect:/recognitions/" + id;
            } catch (InvalidInputException invalid) {
                problemField = invalid.problems().get(0).field();
                problem = "recognition.rule." + problemField;
            } catch (ConflictException conflict) {
                problem = "recognition.conflict";
            }
        }
        model.addAttribute("decisionProblemField", problemField);
        model.addAttribute("decisionProblem", problem);
        model.addAttribute("typedDecision", decision);
        model.addAttribute("typedReason", reason);
        return recognition(id, user, model);
    }

    @PostMapping("/recognitions/{id}/withdrawal-review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reviewWithdrawal(@PathVariable long id, @RequestParam(defaultValue = "") String note,
                            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (note.isBlank()) {
            model.addAttribute("reviewProblemField", "note");
            model.addAttribute("reviewProblem", "error.required");
        } else if (note.length() > 1000) {
            model.addAttribute("reviewProblemField", "note");
            model.addAttribute("reviewProblem", "error.tooLong");
        } else {
            try {
                recognitions.reviewWithdrawal(id, note.strip(), user);
                redirect.addFlashAttribute("done", "recognition.reviewed");
                return "redirect:/recognitions/" + id;
            } catch (ConflictException conflict) {
                model.addAttribute("reviewProblem", "recognition.conflict");
            }
        }
        model.addAttribute("typedNote", note);
        return recognition(id, user, model);
    }

    private String form(Model model) {
        model.addAttribute("categories", reference.categories().stream().filter(ReferenceData.Category::active)
                .toList());
        return "recognition/form";
    }
}
