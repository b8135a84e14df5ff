package cn.chuanyu.metrology.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.UUID;
import java.util.function.Supplier;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * The one CSRF rule, for pages, {@code /api/**}, {@code /engine-rest/**} and the Camunda webapps alike: a request that
 * changes something and is not authenticated by HTTP Basic credentials of its own, checked on that request
 * ({@link BasicCredentialsFilter}), must carry the CSRF token of its browser. Any other {@code Authorization}
 * header exempts nothing. The token is ours (an HttpOnly cookie, sent back in the form field {@code _csrf} or
 * the header {@code X-CSRF-TOKEN}), except under {@code /camunda/}, whose webapps send the token Camunda keeps in
 * the session ({@code X-XSRF-TOKEN}); Camunda's own filter checks it again.
 */
final class SessionCsrfRule {

    static final String COOKIE = "CSRF-TOKEN";
    static final String HEADER = "X-CSRF-TOKEN";
    /** Where Camunda's CSRF filter keeps the webapps' token (CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME). */
    static final String CAMUNDA_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CAMUNDA_HEADER = "X-XSRF-TOKEN";

    private static final RequestMatcher CAMUNDA_WEBAPPS = antMatcher("/camunda/**");
    /** The public check of an on-site record's copy: a POST only because it takes a file; it reads and changes nothing. */
    private static final RequestMatcher CHANGES_NOTHING = antMatcher(HttpMethod.POST, "/api/public/records/*/check");

    private SessionCsrfRule() {
    }

    /**
     * Which requests need a token: those that may change something, unless their own Basic credentials were checked.
     */
    static RequestMatcher requiresToken() {
        return request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !CHANGES_NOTHING.matches(request)
                && request.getAttribute(BasicCredentialsFilter.VERIFIED) == null;
    }

    /**
     * Our token in a cookie rather than the session, so that showing the sign-in page (or any anonymous request)
     * creates no session row; Camunda's token under {@code /camunda/}.
     */
    static CsrfTokenRepository tokens() {
        CookieCsrfTokenRepository ours = new CookieCsrfTokenRepository();
        ours.setCookieName(COOKIE);
        ours.setHeaderName(HEADER);
        ours.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        CsrfTokenRepository camunda = new CamundaWebappTokens();
        return new CsrfTokenRepository() {
            @Override
            public CsrfToken generateToken(HttpServletRequest request) {
                return pick(request).generateToken(request);
            }

            @Override
            public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
                pick(request).saveToken(token, request, response);
            }

            @Override
            public CsrfToken loadToken(HttpServletRequest request) {
                return pick(request).loadToken(request);
            }

            private CsrfTokenRepository pick(HttpServletRequest request) {
                return CAMUNDA_WEBAPPS.matches(request) ? camunda : ours;
            }
        };
    }

    /** Page forms carry our token masked (BREACH); Camunda's webapps send theirs as it is. */
    static CsrfTokenRequestHandler requestHandler() {
        CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();
        CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        return new CsrfTokenRequestHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
                (CAMUNDA_WEBAPPS.matches(request) ? plain : masked).handle(request, response, token);
            }

            @Override
            public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
                return (CAMUNDA_WEBAPPS.matches(request) ? plain : masked).resolveCsrfTokenValue(request, token);
            }
        };
    }

    /**
     * The token Camunda's CSRF filter issued to this session (it issues and stores it; we only read it). A session
     * without one gets a random token that is never stored, so nothing can match it.
     */
    private static final class CamundaWebappTokens implements CsrfTokenRepository {

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return new DefaultCsrfToken(CAMUNDA_HEADER, "_csrf", UUID.randomUUID().toString());
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            // Camunda's filter owns this token
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            Object token = session == null ? null : session.getAttribute(CAMUNDA_SESSION_ATTRIBUTE);
            return token instanceof String value ? new DefaultCsrfToken(CAMUNDA_HEADER, "_csrf", value) : null;
        }
    }
}
