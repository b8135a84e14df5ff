package cn.chuanyu.metrology.security.camunda;

import cn.chuanyu.metrology.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Closes the Camunda Admin webapp's first-run set-up resource ({@code /camunda/api/admin/setup/...}), always and for
 * everyone: it creates an administrator without signing in whenever the {@code camunda-admin} group has no direct
 * member (CVE-2026-77226, unpatched in 7.24.0 CE). Accounts are made in this application, and the first
 * administrator of an installation as README "First administrator" says. Mapped as a servlet filter of its own, so
 * it holds whatever Spring Security's rules say.
 */
class AdminSetupRefusal extends OncePerRequestFilter {

    static final String URL_PATTERN = "/camunda/api/admin/setup/*";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                "Camunda's first-administrator set-up is closed: accounts are created in the application");
    }
}
