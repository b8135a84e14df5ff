package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.FormErrors;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
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
 * The administrators' account pages: the list (role, province, staff record, locked or disabled), a new account
 * for a staff member or another administrator, and per account: disable/enable, lift a lockout, set a password.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final UserAccounts accounts;
    private final AccountAdministration administration;

    UserPages(UserAccounts accounts, AccountAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String form(Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return "admin/user-new";
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        administration.problems(form).stream().filter(reason -> !errors.hasFieldErrors(reason.field()))
                .forEach(reason -> FormErrors.reject(errors, reason));
        if (!errors.hasErrors()) {
            try {
                administration.create(form);
                redirect.addFlashAttribute("done", "users.created");
                return "redirect:/admin/users/" + form.username();
            } catch (InvalidInputException problem) {
                FormErrors.reject(errors, problem);
            }
        }
        return "admin/user-new";
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        model.addAttribute("user", accounts.find(username).orElseThrow(() -> new NotFoundException("problem.account.notFound", username)));
        return "admin/user";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean value,
                  @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        return act(username, model, redirect, value ? "users.enabledDone" : "users.disabledDone",
                () -> administration.setEnabled(username, value, admin));
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return act(username, model, redirect, "users.unlocked", () -> administration.unlock(username));
    }

    @PostMapping("/admin/users/{username}/password")
    String password(@PathVariable String username, @RequestParam(defaultValue = "") String password, Model model,
                    RedirectAttributes redirect) {
        return act(username, model, redirect, "users.passwordDone",
                () -> administration.setPassword(username, password));
    }

    private String act(String username, Model model, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException problem) {
            FieldProblem reason = problem.problems().get(0);
            model.addAttribute("problemField", reason.field());
            model.addAttribute("problemKey", reason.reason().code());
            model.addAttribute("problemArguments", reason.reason().getArguments());
            return user(username, model);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/admin/users/" + username;
    }
}
