package cn.chuanyu.metrology.security.camunda;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Runs each call of the engine's REST API as the signed-in person, so Camunda's authorization checks apply,
 * and forgets the person when the call ends (the engine keeps it per thread, and threads are pooled).
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineRestAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = EngineUser.signedIn();
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        identityService.setAuthentication(user.get().userId(), user.get().groupIds(), List.of());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
