package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the landing page that sends each role to where its work starts. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return switch (user.role()) {
            case INSPECTOR, SUPERVISOR -> "redirect:/tasks";
            case ADMIN -> "redirect:/admin/parties";
        };
    }
}
