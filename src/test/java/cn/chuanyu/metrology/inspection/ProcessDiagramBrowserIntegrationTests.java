package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inspection page draws its process with the bpmn-js viewer and marks the current step, on desk and phone. */
@IntegrationTest
class ProcessDiagramBrowserIntegrationTests {

    private static final String VIEWER = "#diagram .bjs-container .djs-container > svg";

    @RegisterExtension
    static final Chromium.Browser chromium = new Chromium.Browser();
    private WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Inspections inspections;
    @Autowired
    Clock clock;

    @BeforeEach
    void theClassBrowser() {
        browser = chromium.driver();
    }

    @Test
    void theViewerDrawsTheModelMarksTheCurrentStepAndFitsAPhone() {
        InspectionFixtures fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        String colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "diagram-browser-test");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ON_SITE".equals(jdbc.sql(
                "select status from inspection where id = :id").param("id", id).query(String.class).single()));

        signIn(inspector);
        browser.get(url("/inspections/" + id));
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#diagram.drawn")).isEmpty());

        assertThat(browser.findElements(By.cssSelector(VIEWER))).hasSize(1);
        assertThat(Chromium.elementsNow(browser, By.cssSelector("#diagram .diagram-fallback"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(VIEWER + " g.djs-element.bpmn-current")))
                .extracting(element -> element.getDomAttribute("data-element-id"))
                .containsExactly("Task_InspectOnSite");
        assertThat(browser.findElements(By.cssSelector(VIEWER
                + " g.djs-element.bpmn-passed[data-element-id=Task_SendInspectionNotice]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(VIEWER + " g[data-element-id=Task_InspectOnSite] .djs-label"))
                .getText()).isEqualTo("现场检查");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy"));

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) js.executeScript("return document.documentElement.clientWidth"));
            assertThat((Boolean) js.executeScript("var box = document.getElementById('diagram');"
                    + " return box.scrollWidth > box.clientWidth;")).as("the diagram scrolls inside its box").isTrue();
            if (Chromium.stepScreenshots()) {
                Chromium.screenshot(browser, "diagram-phone", 390);
                Chromium.screenshot(browser, "diagram-desktop", 1280);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void signIn(String username) {
        Chromium.signIn(browser, port, username, InspectionFixtures.PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
