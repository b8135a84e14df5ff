package cn.chuanyu.metrology.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.util.LinkedHashMap;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * One filter chain for pages, the API and the Camunda webapps. Pages sign in with a form; API clients with
 * HTTP Basic on every call (checked cheaply once the session knows the password, see {@link BasicCredentialsFilter}).
 * One CSRF rule for everything ({@link SessionCsrfRule}). Administrators alone reach the engine's REST API and webapps.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Where the Camunda webapps post their sign-out. */
    private static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    /** Our pages load scripts, styles and images only from this application and may not be framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'";

    /** The Camunda webapps (which send their own policy) and Swagger UI need inline scripts. */
    private static final RequestMatcher OWN_SCRIPT_POLICY = new OrRequestMatcher(
            antMatcher("/camunda/**"), antMatcher("/swagger-ui/**"), antMatcher("/swagger-ui.html"));

    /** Paths whose clients are programs, not browsers: they get 401, never a redirect to the login page. */
    private static final RequestMatcher MACHINE_CLIENTS = new OrRequestMatcher(
            antMatcher("/api/**"), antMatcher("/engine-rest/**"), antMatcher("/camunda/api/**"));

    private static final String REALM = "chuanyu-metrology";

    private static final String NOT_SIGNED_IN = "Sign in first: HTTP Basic or the session of a sign-in";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationConfiguration authentication,
                                            PasswordEncoder encoder) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**",
                                "/webjars/**", "/public/**", "/api/public/**", "/actuator/health/**",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                // businesses answer notices through signed links, without an account
                                "/notice/acknowledge", "/notice/rectification").permitAll()
                        // Camunda's own password sign-in and first-admin set-up: accounts live in the application
                        .requestMatchers("/camunda/api/admin/auth/user/*/login/**", "/camunda/api/admin/setup/**")
                        .denyAll()
                        .requestMatchers("/engine-rest/**", "/camunda/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        // the same rules as the controllers' @PreAuthorize, checked before a request body is read,
                        // so a caller without the role gets 403 rather than a validation answer
                        .requestMatchers("/api/admin/**", "/admin/**").hasRole(Role.ADMIN.name())
                        // the whole register with contact addresses, and the reports of imports
                        .requestMatchers("/api/registry/*/export", "/api/registry/imports/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/registry/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/registry/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/campaigns/*/draw/verify").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/campaigns", "/api/campaigns/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/campaigns/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/inspections").hasRole(Role.SUPERVISOR.name())
                        .requestMatchers("/campaigns", "/campaigns/**", "/recognitions", "/recognitions/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
                        // administrators manage, they do not inspect: no task of an inspection is theirs
                        .requestMatchers(HttpMethod.POST, "/api/tasks/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.INSPECTOR.name())
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(OWN_SCRIPT_POLICY), new ContentSecurityPolicyHeaderWriter(
                                        CONTENT_SECURITY_POLICY))))
                .formLogin(form -> form.loginPage("/login").permitAll())
                // the page a signed-out visitor asked for is remembered in a cookie, not in a new session
                .requestCache(cache -> cache.requestCache(pageRequests()))
                // HTTP Basic is checked before the CSRF check, on every request that carries it
                .addFilterBefore(new BasicCredentialsFilter(authentication.getAuthenticationManager(), encoder,
                        new AccountStoreDownEntryPoint(SecurityConfiguration::basicRefused),
                        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository())), CsrfFilter.class)
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                antMatcher(HttpMethod.POST, "/logout"), antMatcher(HttpMethod.POST, CAMUNDA_LOGOUT)))
                        .logoutSuccessHandler(logoutSuccess())
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, failure) -> ProblemResponses.write(
                                request, response, HttpStatus.UNAUTHORIZED, NOT_SIGNED_IN), MACHINE_CLIENTS)
                        .defaultAccessDeniedHandlerFor(
                                SecurityConfiguration::unauthorizedUnlessSignedIn, MACHINE_CLIENTS)
                        // with a single mapping Spring would use the one above for every request
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(SessionCsrfRule.requiresToken())
                        .csrfTokenRepository(SessionCsrfRule.tokens())
                        .csrfTokenRequestHandler(SessionCsrfRule.requestHandler()));
        return http.build();
    }

    /** Cockpit, Admin and Tasklist sign out with an XHR: it ends the Spring session too, and gets 204. */
    private static LogoutSuccessHandler logoutSuccess() {
        var byPath = new LinkedHashMap<RequestMatcher, LogoutSuccessHandler>();
        byPath.put(antMatcher(CAMUNDA_LOGOUT), new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT));
        var handler = new DelegatingLogoutSuccessHandler(byPath);
        var toLoginPage = new SimpleUrlLogoutSuccessHandler();
        toLoginPage.setDefaultTargetUrl("/login?logout");
        handler.setDefaultLogoutSuccessHandler(toLoginPage);
        return handler;
    }

    /**
     * A program that is not signed in gets 401 for a refused call, even when the refusal came from the CSRF
     * check (which runs before authentication); a signed-in one gets 403.
     */
    private static void unauthorizedUnlessSignedIn(HttpServletRequest request, HttpServletResponse response,
                                                   AccessDeniedException denied) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                    "Your role may not do this (or the form's CSRF token is missing)");
        } else {
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, NOT_SIGNED_IN);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder(SignInProperties signIn) {
        return new BCryptPasswordEncoder(signIn.passwordHashCost());
    }

    /** Wrong or unreadable HTTP Basic credentials: 401 problem+json, with the Basic challenge for programs. */
    private static void basicRefused(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
                "The HTTP Basic credentials were not accepted");
    }

    /** Pages a signed-out visitor opened (GET, not the API): remembered in a cookie until the sign-in. */
    private static RequestCache pageRequests() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(antMatcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(MACHINE_CLIENTS)));
        return cache;
    }
}
