package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Outermost filter: a request that failed because the database could not be reached, wherever it failed (sign-in,
 * session, audit, controller), is answered 503 with Retry-After instead of a 500 error page: problem+json, or the unavailable page for a
 * browser asking for a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final UnavailablePage page;

    DatabaseUnavailableFilter(UnavailablePage page) {
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            response.reset();
            if (PageRefusals.wantsPage(request)) {
                page.write(request, response);
                return;
            }
            ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached just now. Try again shortly.");
        }
    }
}
