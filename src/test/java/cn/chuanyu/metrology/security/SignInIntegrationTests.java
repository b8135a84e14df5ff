package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(userAccounts, encoder, jdbc);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        String inspector = accounts.create(Role.INSPECTOR, "SC");
        Browser browser = new Browser(port);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(failed(browser.signIn(inspector, "wrong password " + attempt))).isTrue();
        }

        assertThat(failed(browser.signIn(inspector, TestAccounts.PASSWORD))).isTrue();
        assertThat(new Browser(port).withBasic(inspector, TestAccounts.PASSWORD).get("/").statusCode()).isEqualTo(401);
        assertThat(lockedUntil(inspector)).isCloseTo(clock.instant().plus(Duration.ofMinutes(15)), within(Duration.ofMinutes(1)));
    }

    @Test
    void aLockThatHasRunOutLetsTheRightPasswordInAndClearsTheCounters() {
        String supervisor = accounts.create(Role.SUPERVISOR, "CQ");
        Browser browser = new Browser(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(supervisor, "wrong password");
        }
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = :u")
                .param("u", supervisor).update();

        assertThat(failed(browser.signIn(supervisor, TestAccounts.PASSWORD))).isFalse();
        assertThat(lockedUntil(supervisor)).isNull();
        assertThat(failedLogins(supervisor)).isZero();
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfWrongPasswords() {
        String inspector = accounts.create(Role.INSPECTOR, "CQ");
        Browser browser = new Browser(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(inspector, "wrong password");
        }
        assertThat(failedLogins(inspector)).isEqualTo(4);

        assertThat(failed(new Browser(port).signIn(inspector, TestAccounts.PASSWORD))).isFalse();
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(inspector, "wrong password");
        }

        assertThat(lockedUntil(inspector)).isNull();
        assertThat(failed(new Browser(port).signIn(inspector, TestAccounts.PASSWORD))).isFalse();
    }

    @Test
    void signingInGivesANewSessionSoAPlantedSessionIdIsWorthless() {
        String inspector = accounts.create(Role.INSPECTOR, "SC");
        String plantedSession = sessionOfAnotherAccount();
        Browser victim = new Browser(port);
        victim.useSession(plantedSession);

        assertThat(failed(victim.signIn(inspector, TestAccounts.PASSWORD))).isFalse();

        assertThat(victim.sessionId()).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(plantedSession));
        assertThat(victim.isSignedIn()).isTrue();
        Browser attacker = new Browser(port);
        attacker.useSession(plantedSession);
        assertThat(attacker.isSignedIn()).isFalse();
    }

    @Test
    void anHttpBasicSignInAlsoGivesANewSessionSoAPlantedSessionIdIsWorthless() {
        String inspector = accounts.create(Role.INSPECTOR, "SC");
        String plantedSession = sessionOfAnotherAccount();
        Browser victim = new Browser(port).withBasic(inspector, TestAccounts.PASSWORD);
        victim.useSession(plantedSession);

        assertThat(victim.get("/api/tasks").statusCode()).isEqualTo(200);

        assertThat(victim.sessionId()).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(plantedSession));
        Browser attacker = new Browser(port);
        attacker.useSession(plantedSession);
        assertThat(attacker.isSignedIn()).isFalse();
        assertThat(attacker.get("/api/tasks").statusCode()).isEqualTo(401);
    }

    @Test
    void anonymousRequestsCreateNoSessions() {
        long start = System.currentTimeMillis();

        for (int visitor = 0; visitor < 20; visitor++) {
            Browser anonymous = new Browser(port);
            for (String path : new String[] {"/", "/login", "/tasks", "/inspections/1", "/api/inspections",
                    "/api/tasks", "/engine-rest/task", "/camunda/app/cockpit/default/", "/public/results",
                    "/api/public/disclosures", "/actuator/health"}) {
                HttpResponse<String> answer = anonymous.get(path);
                assertThat(answer.statusCode()).as(path).isLessThan(500);
                assertThat(anonymous.sessionId()).as("session cookie after %s: %s", path, answer.headers().map())
                        .isEmpty();
            }
        }

        assertThat(sessionsCreatedSince(start)).isZero();
    }

    /** An attacker's own signed-in session, whose id they could plant in a victim's browser. */
    private String sessionOfAnotherAccount() {
        Browser attacker = new Browser(port);
        attacker.signIn(accounts.create(Role.INSPECTOR, "CQ"), TestAccounts.PASSWORD);
        return attacker.sessionId().orElseThrow();
    }

    /** Counted by creation time: the cleanup job may delete other tests' expired sessions meanwhile. */
    private long sessionsCreatedSince(long epochMillis) {
        return jdbc.sql("select count(*) from spring_session where creation_time >= :since")
                .param("since", epochMillis).query(Long.class).single();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        String admin = accounts.admin();
        Browser browser = new Browser(port);
        browser.signIn(admin, TestAccounts.PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.isSignedIn()).isTrue();

        var logout = browser.postForm("/logout", Map.of("_csrf", browser.csrfTokenOf("/login")));

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        Browser withOldCookie = new Browser(port);
        withOldCookie.useSession(session);
        assertThat(withOldCookie.isSignedIn()).isFalse();
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void readingDoesNotRewriteTheSessionUntilItsStoredLastAccessIsAMinuteOld() {
        String inspector = accounts.create(Role.INSPECTOR, "SC");
        Browser browser = new Browser(port);
        browser.signIn(inspector, TestAccounts.PASSWORD);
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
        long stored = lastAccessOfSessionOf(inspector);

        for (int read = 0; read < 3; read++) {
            assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
            assertThat(browser.get("/api/tasks").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccessOfSessionOf(inspector)).isEqualTo(stored);

        jdbc.sql("""
                        update spring_session set last_access_time = last_access_time - 61000,
                                                  expiry_time = expiry_time - 61000
                        where principal_name = :name""").param("name", inspector).update();
        assertThat(browser.get("/api/tasks").statusCode()).isEqualTo(200);
        assertThat(lastAccessOfSessionOf(inspector)).isGreaterThanOrEqualTo(stored);
    }

    private long lastAccessOfSessionOf(String username) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = :name")
                .param("name", username).query(Long.class).single();
    }

    @Test
    void signingOutNeedsTheCsrfToken() {
        String admin = accounts.admin();
        Browser browser = new Browser(port);
        browser.signIn(admin, TestAccounts.PASSWORD);

        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void pagesTellBrowsersNotToSniffFrameOrLeakAddresses() {
        var login = new Browser(port).get("/login");

        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    private static boolean failed(HttpResponse<String> signIn) {
        assertThat(signIn.statusCode()).isEqualTo(302);
        return signIn.headers().firstValue("Location").orElseThrow().contains("/login?error");
    }

    private Instant lockedUntil(String username) {
        return jdbc.sql("select locked_until from app_user where username = :u").param("u", username)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
    }

    private int failedLogins(String username) {
        return jdbc.sql("select failed_logins from app_user where username = :u").param("u", username)
                .query(Integer.class).single();
    }
}
