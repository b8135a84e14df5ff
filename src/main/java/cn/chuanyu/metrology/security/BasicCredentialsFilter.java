package cn.chuanyu.metrology.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.SecureRandom;

/**
 * HTTP Basic for programs, checked on every request that carries it and before the CSRF check, so that only a
 * request authenticated by its own credentials on that very request goes without a CSRF token: wrong credentials
 * are refused (401) even when the request also carries a signed-in session cookie. A first sign-in (no session, or
 * a session of someone else) is a real sign-in: audited, counted for lockout, and given a new session id (no
 * fixation of an existing session). Later calls of the same session are checked against the password without
 * BCrypt when this node has checked that password before ({@link VerifiedCredentials}).
 */
final class BasicCredentialsFilter extends OncePerRequestFilter {

    /** Request attribute set when the request's own HTTP Basic credentials were checked on this request. */
    static final String VERIFIED = BasicCredentialsFilter.class.getName() + ".verified";

    private final AuthenticationManager authenticationManager;
    private final PasswordEncoder encoder;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextRepository contexts;
    private final VerifiedCredentials verified = new VerifiedCredentials(new SecureRandom());
    private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();
    private final SessionAuthenticationStrategy newSessionId = new ChangeSessionIdAuthenticationStrategy();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    BasicCredentialsFilter(AuthenticationManager authenticationManager, PasswordEncoder encoder,
                           AuthenticationEntryPoint refusal, SecurityContextRepository contexts) {
        this.authenticationManager = authenticationManager;
        this.encoder = encoder;
        this.refusal = refusal;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            UsernamePasswordAuthenticationToken presented = converter.convert(request);
            if (presented == null) {
                chain.doFilter(request, response);
                return;
            }
            String password = String.valueOf(presented.getCredentials());
            if (!sameAsSignedIn(presented.getName(), password)) {
                signIn(presented, password, request, response);
            }
        } catch (AuthenticationException refused) {
            holder.clearContext();
            refusal.commence(request, response, refused);
            return;
        }
        request.setAttribute(VERIFIED, Boolean.TRUE);
        chain.doFilter(request, response);
    }

    /** The session is signed in as this account, and the password presented is that account's. */
    private boolean sameAsSignedIn(String username, String password) {
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof CurrentUser account)
                || !account.username().equals(username)) {
            return false;
        }
        if (verified.contains(account, password)) {
            return true;
        }
        if (encoder.matches(password, account.passwordHash())) {
            verified.add(account, password);
            return true;
        }
        return false;
    }

    private void signIn(UsernamePasswordAuthenticationToken presented, String password, HttpServletRequest request,
                        HttpServletResponse response) {
        Authentication result = authenticationManager.authenticate(presented);
        newSessionId.onAuthentication(result, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(result);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        if (result.getPrincipal() instanceof CurrentUser account) {
            verified.add(account, password);
        }
    }
}
