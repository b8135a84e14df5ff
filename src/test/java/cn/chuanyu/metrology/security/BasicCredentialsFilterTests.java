package cn.chuanyu.metrology.security;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What README "Security" promises of HTTP Basic: the first call of a session is a full sign-in, and a program that
 * keeps its session cookie pays BCrypt once, while a wrong password on that session is still refused.
 */
class BasicCredentialsFilterTests {

    private static final String PASSWORD = "a password of the program";

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final AtomicInteger signIns = new AtomicInteger();
    private final PasswordEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4), bcryptChecks);
    private final CurrentUser account = new CurrentUser("zhang.wei", new BCryptPasswordEncoder(4).encode(PASSWORD),
            "张伟", Role.INSPECTOR, "SC", 7L, true, false);
    private final AuthenticationManager signIn = presented -> {
        signIns.incrementAndGet();
        if (!encoder.matches(String.valueOf(presented.getCredentials()), account.passwordHash())) {
            throw new BadCredentialsException("wrong password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    };
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final BasicCredentialsFilter filter = new BasicCredentialsFilter(signIn, encoder,
            (request, response, refused) -> response.setStatus(HttpServletResponse.SC_UNAUTHORIZED), contexts);

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProgramThatKeepsItsSessionSignsInOnceAndPaysBCryptOnceOverThreeCalls() throws Exception {
        MockHttpSession session = new MockHttpSession();

        for (int call = 1; call <= 3; call++) {
            assertThat(call(session, PASSWORD).getStatus()).as("call %d", call).isEqualTo(200);
        }

        assertThat(signIns).as("full sign-ins").hasValue(1);
        assertThat(bcryptChecks).as("BCrypt checks").hasValue(1);
    }

    @Test
    void aWrongPasswordOnASignedInSessionIsCheckedByBCryptAndRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        call(session, PASSWORD);

        assertThat(call(session, "a guess").getStatus()).isEqualTo(401);
        assertThat(bcryptChecks).as("the sign-in, then the guess on the session, then the guess as a sign-in")
                .hasValue(3);
    }

    @Test
    void aProgramThatDropsItsCookieSignsInOnEveryCall() throws Exception {
        for (int call = 1; call <= 3; call++) {
            assertThat(call(new MockHttpSession(), PASSWORD).getStatus()).isEqualTo(200);
        }

        assertThat(signIns).hasValue(3);
        assertThat(bcryptChecks).hasValue(3);
    }

    /** One request of the session, as the security filter chain gives it to the filter (context from the session). */
    private MockHttpServletResponse call(MockHttpSession session, String password) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tasks");
        request.setSession(session);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (account.username() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityContextHolder.setContext(contexts.loadDeferredContext(request).get());
        filter.doFilter(request, response, new MockFilterChain());
        SecurityContextHolder.clearContext();
        return response;
    }

    /** A real BCrypt encoder that counts its checks. */
    private record CountingEncoder(PasswordEncoder bcrypt, AtomicInteger checks) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String hash) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, hash);
        }
    }
}
