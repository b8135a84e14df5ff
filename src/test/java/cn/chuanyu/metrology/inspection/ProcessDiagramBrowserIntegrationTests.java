package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.BadgeContrastTests;
import cn.chuanyu.metrology.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        OnSite onSite = inspectionOnSite();
        long id = onSite.inspection();
        String inspector = onSite.inspector();

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

    @Test
    void inEnglishAtDeskWidthTheDiagramFillsItsBoxReadablyZoomsByKeyboardAndTellsTheCurrentStepInWords() {
        OnSite onSite = inspectionOnSite();
        long id = onSite.inspection();
        String inspector = onSite.inspector();
        JavascriptExecutor js = (JavascriptExecutor) browser;

        signIn(inspector);
        browser.manage().window().setSize(new Dimension(1366, 900));
        try {
            browser.get(url("/inspections/" + id + "?lang=en"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !browser.findElements(By.cssSelector("#diagram.drawn")).isEmpty());

            double boxWidth = ((Number) js.executeScript(
                    "return document.getElementById('diagram').clientWidth")).doubleValue();
            double drawnWidth = ((Number) js.executeScript("return document.querySelector('" + VIEWER
                    + " .viewport').getBoundingClientRect().width")).doubleValue();
            assertThat(boxWidth).as("the diagram's box takes most of the window").isGreaterThan(1366 * 0.9);
            assertThat(drawnWidth).as("the model fills its box").isGreaterThanOrEqualTo(boxWidth * 0.8)
                    .isLessThanOrEqualTo(boxWidth);
            assertThat(renderedLabelPixels(js)).as("labels drawn at a readable size").isGreaterThanOrEqualTo(10);

            String current = VIEWER + " g[data-element-id=Task_InspectOnSite] .djs-visual";
            assertThat(label(js, current)).isEqualTo("On-site inspection");
            assertThat((String) js.executeScript("return Array.from(document.querySelectorAll('" + VIEWER
                    + " text')).map(t => t.textContent).join(' ')")).as("every label of the diagram in English")
                    .doesNotContainPattern("\\p{IsHan}").contains("Review the result", "Approved?");
            assertThat(contrast(js, current + " text", current + " > :first-child"))
                    .as("the current step's label against its fill").isGreaterThanOrEqualTo(4.5);
            assertThat((String) js.executeScript("return getComputedStyle(document.querySelector('" + current
                    + " > :first-child')).strokeWidth")).as("a thick border, not colour alone").isEqualTo("6px");
            assertThat(browser.findElement(By.id("diagram-current")).getText())
                    .isEqualTo("Current step: On-site inspection");

            browser.findElement(By.cssSelector("#diagram-tools button[data-zoom=in]")).sendKeys(Keys.ENTER);
            browser.findElement(By.cssSelector("#diagram-tools button[data-zoom=in]")).sendKeys(Keys.ENTER);
            assertThat(browser.findElement(By.cssSelector("#diagram-tools button[data-zoom=in]"))
                    .getDomAttribute("aria-label")).isEqualTo("Zoom the process diagram in");
            assertThat(renderedLabelPixels(js)).as("zoomed in by the keyboard").isGreaterThan(15);
            assertThat((Boolean) js.executeScript("var box = document.getElementById('diagram');"
                    + " return box.scrollWidth > box.clientWidth;")).as("the zoomed diagram scrolls in its box").isTrue();
            browser.findElement(By.cssSelector("#diagram-tools button[data-zoom=fit]")).sendKeys(Keys.ENTER);
            assertThat(((Number) js.executeScript("return document.querySelector('" + VIEWER
                    + " .viewport').getBoundingClientRect().width")).doubleValue()).isLessThanOrEqualTo(boxWidth);
            if (Chromium.stepScreenshots()) {
                Chromium.screenshot(browser, "diagram-desktop-en", 1366);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The size on screen of a step's label font: its font size times the viewer's scale. */
    private static double renderedLabelPixels(JavascriptExecutor js) {
        return ((Number) js.executeScript("var text = document.querySelector('" + VIEWER
                + " g[data-element-id=Task_InspectOnSite] .djs-visual text');"
                + " return parseFloat(getComputedStyle(text).fontSize) * document.querySelector('" + VIEWER
                + " .viewport').getCTM().a;")).doubleValue();
    }

    private static String label(JavascriptExecutor js, String visual) {
        return (String) js.executeScript("return Array.from(document.querySelectorAll('" + visual + " text tspan'))"
                + ".map(t => t.textContent).join(' ').replace(/\\s+/g, ' ').trim()");
    }

    private static double contrast(JavascriptExecutor js, String text, String shape) {
        return BadgeContrastTests.contrast(hex(js, text), hex(js, shape));
    }

    private static String hex(JavascriptExecutor js, String selector) {
        String rgb = (String) js.executeScript("return getComputedStyle(document.querySelector('" + selector
                + "')).fill");
        Matcher channels = Pattern.compile("rgb\\((\\d+), (\\d+), (\\d+)\\)").matcher(rgb);
        assertThat(channels.matches()).as(selector + " fill " + rgb).isTrue();
        return String.format("%02x%02x%02x", Integer.parseInt(channels.group(1)),
                Integer.parseInt(channels.group(2)), Integer.parseInt(channels.group(3)));
    }

    private void signIn(String username) {
        Chromium.signIn(browser, port, username, InspectionFixtures.PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** An inspection of a Sichuan body by two new inspectors, waited for until it is on site. */
    private OnSite inspectionOnSite() {
        InspectionFixtures fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        String colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "diagram-browser-test");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ON_SITE".equals(jdbc.sql(
                "select status from inspection where id = :id").param("id", id).query(String.class).single()));
        return new OnSite(id, inspector);
    }

    private record OnSite(long inspection, String inspector) {
    }
}
