package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A request whose path is not in canonical form ({@code ;x=1} path parameters, {@code /../}, {@code //}, encoded
 * dots or slashes) is answered 400 problem+json before anything else reads the path: Spring Security's firewall
 * would refuse it too, but the engine REST servlet's path parsing ran first and failed with a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedPathFilter extends OncePerRequestFilter {

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException rejected) {
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
                    "The request's path is not in canonical form: " + rejected.getMessage());
            return;
        }
        chain.doFilter(request, response);
    }
}
