package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page header needs on every page: who is signed in and where they are. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    /** The page's path; on the error page, the path the visitor asked for (so the language switch stays there). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = asked instanceof String original ? original : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
