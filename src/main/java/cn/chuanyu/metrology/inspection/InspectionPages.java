package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.InspectionPageForms.DecisionForm;
import cn.chuanyu.metrology.inspection.InspectionPageForms.FindingForm;
import cn.chuanyu.metrology.inspection.InspectionPageForms.RefusalForm;
import cn.chuanyu.metrology.inspection.InspectionPageForms.SignatureForm;
import cn.chuanyu.metrology.inspection.InspectionPageForms.SubmitForm;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.RefusedException;
import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The pages of one inspection: its task page (on-site findings with evidence, review, rectification check,
 * escalation) and its read-only page, each with the party profile, the process diagram and the history.
 */
@Controller
class InspectionPages {

    private final InspectionQueries queries;
    private final InspectionPageModel pageModel;
    private final InspectionPageActions actions;
    private final OnSiteRecords records;
    private final RecordQueries recordQueries;
    private final Clock clock;
    private final FindingProposals proposals;

    InspectionPages(InspectionQueries queries, InspectionPageModel pageModel, InspectionPageActions actions,
                    OnSiteRecords records, RecordQueries recordQueries, Clock clock,
                    FindingProposals proposals) {
        this.queries = queries;
        this.pageModel = pageModel;
        this.actions = actions;
        this.records = records;
        this.recordQueries = recordQueries;
        this.clock = clock;
        this.proposals = proposals;
    }

    @GetMapping("/inspections/{id}")
    String inspection(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        pageModel.fill(model, id, user);
        return "inspection/inspection";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("findingForm", new FindingForm());
        model.addAttribute("submitForm", new SubmitForm(LocalDate.now(clock)));
        model.addAttribute("decisionForm", new DecisionForm());
        return taskPage(taskId, user, model);
    }

    @PostMapping("/tasks/{taskId}/findings")
    String addFinding(@PathVariable String taskId, @Valid @ModelAttribute("findingForm") FindingForm form,
                      BindingResult errors,
                      @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Views.TaskDetail task = queries.task(taskId, user);
        if (!errors.hasErrors() && attempt(errors, () -> actions.recordFinding(task.inspection().id(),
                form.toFinding(), form.getFile(), form.captureContext(), user))) {
            redirect.addFlashAttribute("done", "finding.recorded");
            return "redirect:/tasks/" + taskId + "#findings";
        }
        model.addAttribute("submitForm", new SubmitForm(LocalDate.now(clock)));
        model.addAttribute("decisionForm", new DecisionForm());
        return taskPage(taskId, user, model);
    }

    /** The inspector confirms a finding the policies proposed; it is recorded like one typed in. */
    @PostMapping("/tasks/{taskId}/proposals/{key}/confirm")
    String confirmProposal(@PathVariable String taskId, @PathVariable String key,
                           @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Views.TaskDetail task = queries.task(taskId, user);
        proposals.confirm(task.inspection().id(), key, user);
        redirect.addFlashAttribute("done", "proposals.confirmed");
        return "redirect:/tasks/" + taskId + "#findings";
    }

    @PostMapping("/tasks/{taskId}/submit")
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("submitForm") SubmitForm form,
                  BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Views.TaskDetail task = queries.task(taskId, user);
        // say in the page's words what the record still needs, before the module refuses it in its own
        records.status(task.inspection().id(), user).missing()
                .forEach(missing -> errors.reject("sign.missing." + missing));
        if (!errors.hasErrors() && attempt(errors, () -> actions.complete(taskId,
                new Views.OnSiteCompletion(form.getInspectedOn(), List.of()), user))) {
            redirect.addFlashAttribute("done", "onsite.submitted");
            return "redirect:/inspections/" + task.inspection().id();
        }
        model.addAttribute("findingForm", new FindingForm());
        model.addAttribute("decisionForm", new DecisionForm());
        return taskPage(taskId, user, model);
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Views.TaskDetail task = queries.task(taskId, user);
        TaskKind kind = TaskKind.valueOf(task.task().kind());
        if (!errors.hasErrors() && attempt(errors, () -> actions.complete(taskId, completion(kind, form), user))) {
            redirect.addFlashAttribute("done", DecisionKinds.doneMessage(kind));
            return "redirect:/inspections/" + task.inspection().id();
        }
        model.addAttribute("findingForm", new FindingForm());
        model.addAttribute("submitForm", new SubmitForm(LocalDate.now(clock)));
        return taskPage(taskId, user, model);
    }

    @PostMapping("/tasks/{taskId}/record/signature")
    String sign(@PathVariable String taskId, @Valid @ModelAttribute("signatureForm") SignatureForm form,
                BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
                RedirectAttributes redirect) {
        long id = queries.task(taskId, user).inspection().id();
        if (!errors.hasErrors() && attempt(errors, () -> records.sign(id, form.toSignature(), user))) {
            redirect.addFlashAttribute("done", "sign.done");
            return "redirect:/tasks/" + taskId + "#record";
        }
        return taskPage(taskId, user, model);
    }

    @PostMapping("/tasks/{taskId}/record/refusal")
    String refuse(@PathVariable String taskId, @Valid @ModelAttribute("refusalForm") RefusalForm form,
                  BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        long id = queries.task(taskId, user).inspection().id();
        if (!errors.hasErrors() && attempt(errors, () -> records.refuse(id, form.toRefusal(), user))) {
            redirect.addFlashAttribute("done", "sign.refusedDone");
            return "redirect:/tasks/" + taskId + "#record";
        }
        return taskPage(taskId, user, model);
    }

    @PostMapping("/tasks/{taskId}/record/confirmation")
    String confirm(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        records.confirm(queries.task(taskId, user).inspection().id(), user);
        redirect.addFlashAttribute("done", "sign.confirmedDone");
        return "redirect:/tasks/" + taskId + "#record";
    }

    @GetMapping("/inspections/{id}/records/{version}")
    ResponseEntity<byte[]> record(@PathVariable long id, @PathVariable int version,
                                  @AuthenticationPrincipal CurrentUser user) {
        return RecordController.download(recordQueries.pdf(id, version, user));
    }

    private String taskPage(String taskId, CurrentUser user, Model model) {
        Views.TaskDetail task = queries.task(taskId, user);
        model.addAttribute("task", task);
        model.addAttribute("proposals", TaskKind.ON_SITE.name().equals(task.task().kind())
                ? proposals.shown(task.inspection().id(), user) : List.of());
        pageModel.fill(model, task.inspection().id(), user);
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", new FindingForm());
        }
        if (!model.containsAttribute("submitForm")) {
            model.addAttribute("submitForm", new SubmitForm(LocalDate.now(clock)));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        if (!model.containsAttribute("signatureForm")) {
            model.addAttribute("signatureForm", new SignatureForm());
        }
        if (!model.containsAttribute("refusalForm")) {
            model.addAttribute("refusalForm", new RefusalForm());
        }
        if (TaskKind.ON_SITE.name().equals(task.task().kind())) {
            model.addAttribute("recordContent", records.content(task.inspection().id(), user));
            model.addAttribute("recordStatus", records.status(task.inspection().id(), user));
        }
        return "inspection/task";
    }

    private static Views.Completion completion(TaskKind kind, DecisionForm form) {
        return switch (kind) {
            case REVIEW -> new Views.ReviewCompletion("APPROVE".equals(form.getDecision()), form.trimmedReason());
            case VERIFY -> new Views.VerifyCompletion("ACCEPT".equals(form.getDecision()), form.trimmedReason());
            case ESCALATION -> new Views.EscalationCompletion(DecisionKinds.escalation(form.getDecision()),
                    form.trimmedReason());
            case ON_SITE -> throw new InvalidInputException("decision", "problem.task.onSiteNotDecided");
        };
    }

    /** Runs a module call; a refusal about the input lands in the form's errors and answers false. */
    private static boolean attempt(BindingResult errors, Runnable call) {
        try {
            call.run();
            return true;
        } catch (RefusedException problem) {
            if (InspectionPageModel.reject(problem, errors)) {
                return false;
            }
            throw problem;
        }
    }

    /** Which words a decision form uses per task kind. */
    static final class DecisionKinds {

        private DecisionKinds() {
        }

        static String doneMessage(TaskKind kind) {
            return switch (kind) {
                case REVIEW -> "review.done";
                case VERIFY -> "verify.done";
                default -> "escalation.done";
            };
        }

        static Views.EscalationDecision escalation(String decision) {
            try {
                return Views.EscalationDecision.valueOf(decision);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("decision", "problem.json.notOneOf", "EXTEND, ACCEPT, REFER");
            }
        }
    }
}
