package cn.chuanyu.metrology;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The CSRF cookie and form token a browser holds after opening a page with a form, as the application's real
 * filter issues them, for MockMvc requests that change something:
 * {@code mvc.perform(post("/admin/notices/{id}/resend", id).with(user(admin)).with(BrowserCsrf.of(mvc)))}.
 * <p>
 * Use it where Spring Security Test's {@code csrf()} would be used; never use {@code csrf()} (nor
 * {@code SecurityMockMvcRequestBuilders.formLogin()/logout()}, which apply it): it replaces, by reflection, the token
 * store of the shared application context's real filter chain with a session-based one for the rest of the test run,
 * so every later test meets another CSRF rule, and anonymous pages start creating sessions
 * (spring-security#13260). {@code SharedContextGuardTests} fails on any use. Not for {@code /camunda/**}: the
 * Camunda webapps check Camunda's own session token there.
 */
public final class BrowserCsrf {

    private static final String COOKIE = "CSRF-TOKEN";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private BrowserCsrf() {
    }

    /**
     * Opens the sign-in page (public, with a form) anonymously and returns what a form post from that browser
     * carries: its CSRF cookie (added to the request's other cookies) and the form field {@code _csrf}.
     */
    public static RequestPostProcessor of(MockMvc mvc) throws Exception {
        var page = mvc.perform(get("/login")).andReturn().getResponse();
        Cookie cookie = page.getCookie(COOKIE);
        Matcher field = CSRF_FIELD.matcher(page.getContentAsString());
        if (cookie == null || !field.find()) {
            throw new IllegalStateException("The sign-in page handed out no CSRF token");
        }
        String token = field.group(1);
        return request -> {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.removeIf(other -> other.getName().equals(COOKIE));
            cookies.add(cookie);
            request.setCookies(cookies.toArray(Cookie[]::new));
            request.setParameter("_csrf", token);
            return request;
        };
    }
}
