package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.OpenInspection;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules over the main pages of every role, in zh-CN and English, at desktop
 * and phone width: a serious or critical violation fails the test, and every one is printed (page, language,
 * width, rule, elements). axe-core is fetched at build time (pom.xml, pinned SHA-256). Each language has a browser of
 * its own, both at work at once, and each page is loaded once per language and checked at both widths (the window
 * is narrowed on the loaded page, so the phone layout is what axe-core sees, as the pages size by CSS alone).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIntegrationTests {

    private static final String PASSWORD = "chuanyu-demo";
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final List<Dimension> WIDTHS = List.of(new Dimension(1280, 900), new Dimension(390, 844));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final Chromium.Browser chinese = new Chromium.Browser();
    @RegisterExtension
    static final Chromium.Browser english = new Chromium.Browser();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inspections inspections;
    @Autowired
    Campaigns campaigns;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clock clock;

    private String axe;
    private long inspection;
    private long party;
    private long staff;
    private String task;
    private long campaign;

    @BeforeAll
    void records() throws IOException {
        axe = new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
        party = jdbc.sql("""
                        select id from party where province = 'SC' and kind = 'AUTHORISED_BODY' and status = 'ACTIVE'
                        and name_en like '%(demo)' order by id limit 1""").query(Long.class).single();
        staff = staffId("SC-I-001");
        inspection = inspections.open(new OpenInspection(party, List.of(staff, staffId("SC-I-002")),
                LocalDate.now(clock), null), "accessibility");
        task = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select task_id from inspection_task where inspection_id = :id and task_kind = 'ON_SITE'
                        and closed_at is null""").param("id", inspection).query(String.class).optional()
                .orElse(null), id -> id != null);
        LocalDate start = LocalDate.now(clock).plusMonths(2);
        campaign = campaigns.create(new NewCampaign("无障碍检查抽查计划", PartyKind.AUTHORISED_BODY,
                Set.of("WATER_METER"), Set.of("SC"), false, 1, null, Map.of(), 2, 10, start, start.plusMonths(1),
                start.plusDays(3), start.plusDays(20), null, null, null),
                accounts.loadUserByUsername("supervisor.sc")).id();
    }

    @BeforeEach
    void freshBrowsers() {
        for (Chromium.Browser browser : List.of(chinese, english)) {
            browser.driver().manage().deleteAllCookies();
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        }
    }

    @Test
    void thePublicPagesAndTheSignInHaveNoSeriousViolations() {
        assertNoSeriousViolations(null, List.of("/login", "/public/results", "/public/recognitions", "/public/audit",
                "/demo/mail"));
    }

    @Test
    void theInspectorsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("inspector.sc", List.of("/tasks", "/tasks/" + task, "/inspections/" + inspection));
    }

    @Test
    void theSupervisorsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("supervisor.sc", List.of("/dashboard", "/campaigns", "/campaigns/new",
                "/campaigns/" + campaign, "/recognitions", "/recognitions/new", "/inspections/" + inspection));
    }

    @Test
    void theAdministratorsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("admin", List.of("/admin/parties", "/admin/parties/" + party, "/admin/staff",
                "/admin/staff/" + staff, "/admin/users", "/admin/users/new", "/admin/notices", "/admin/audit",
                "/admin/imports", "/admin/incidents", "/admin/calendar"));
    }

    private void assertNoSeriousViolations(String username, List<String> paths) {
        Map<String, WebDriver> browsers = Map.of("zh-CN", chinese.driver(), "en", english.driver());
        ExecutorService languages = Executors.newFixedThreadPool(LANGUAGES.size());
        List<String> violations = new ArrayList<>();
        try {
            List<Future<List<String>>> checks = new ArrayList<>();
            for (String language : LANGUAGES) {
                checks.add(languages.submit(() -> violations(browsers.get(language), username, language, paths)));
            }
            for (Future<List<String>> check : checks) {
                violations.addAll(check.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            languages.shutdownNow();
        }
        violations.forEach(System.out::println);
        System.out.println("axe-core: " + paths.size() * LANGUAGES.size() * WIDTHS.size() + " page views as "
                + (username == null ? "anonymous" : username) + ", " + violations.size() + " serious or critical");
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations (axe-core)").isEmpty();
    }

    /** Every page in one language, signed in as the user (if any): loaded once, checked at each width. */
    private List<String> violations(WebDriver browser, String username, String language, List<String> paths) {
        if (username != null) {
            Chromium.signIn(browser, port, username, PASSWORD);
        }
        List<String> violations = new ArrayList<>();
        for (String path : paths) {
            browser.manage().window().setSize(WIDTHS.get(0));
            browser.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).as("%s as %s", path, username)
                    .isEqualTo(path);
            for (Dimension width : WIDTHS) {
                browser.manage().window().setSize(width);
                violations.addAll(check(browser, path, language + ", " + width.width + " px"));
            }
        }
        return violations;
    }

    /** Runs axe-core on the page in the browser; one line per serious or critical violation. */
    private List<String> check(WebDriver browser, String path, String view) {
        String page = path + " [" + view + "]";
        JavascriptExecutor script = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof axe !== 'undefined'"))) {
            script.executeScript(axe);
        }
        Object answer = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(result => done(JSON.stringify(result.violations)))
                    .catch(error => done('axe failed: ' + error));""", WCAG_21_AA);
        assertThat(answer.toString()).as(page).doesNotStartWith("axe failed");
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(answer.toString())) {
                if (!FAILING_IMPACTS.contains(violation.path("impact").asText())) {
                    continue;
                }
                String rule = violation.path("id").asText();
                for (JsonNode node : violation.path("nodes")) {
                    String element = rule + " " + node.path("target");
                    String line = page + " " + violation.path("impact").asText() + " " + element + " ("
                            + violation.path("help").asText() + "): " + node.path("failureSummary").asText()
                            .replace('\n', ' ');
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core answered no JSON on " + page + ": " + answer, e);
        }
        return lines;
    }

    private long staffId(String staffNo) {
        return jdbc.sql("select id from staff where staff_no = :no").param("no", staffNo).query(Long.class).single();
    }
}
