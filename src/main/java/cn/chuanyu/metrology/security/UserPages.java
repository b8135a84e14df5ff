package cn.chuanyu.metrology.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' read-only list of accounts: role, province, staff record, and whether one is locked. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final UserAccounts accounts;

    UserPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        return "admin/users";
    }
}
