package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.Chromium;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The on-site record on a phone (390 px wide, touch-first layout): the representative signs on the screen with the
 * pointer, the team confirms, on-site work completes and the PDF downloads; or the refusal is recorded with a witness.
 */
@IntegrationTest
class OnSiteRecordBrowserIntegrationTests {

    @RegisterExtension
    static final Chromium.Browser chromium = new Chromium.Browser(390, 844);
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

    InspectionFixtures fixtures;
    long party;
    String partyName;
    String inspector;
    String colleague;
    long id;

    @BeforeEach
    void inspectionOnSite() {
        browser = chromium.driver();
        browser.manage().deleteAllCookies();
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        partyName = jdbc.sql("select name_zh from party where id = :id").param("id", party).query(String.class)
                .single();
        inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "test");
        await().atMost(Duration.ofSeconds(30)).until(() -> task() != null);
    }

    @Test
    void theRepresentativeSignsWithThePointerTheTeamConfirmsAndTheRecordDownloads() throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 30.65743,
                "longitude", 104.06598, "accuracy", 12));
        Path downloads = Files.createTempDirectory("record-download");
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        Chromium.signIn(browser, port, inspector, InspectionFixtures.PASSWORD);
        browser.get(url("/tasks/" + task()));

        WebElement form = browser.findElement(By.id("finding-form"));
        new Select(form.findElement(By.id("checklistItem"))).selectByValue("AB-TC-01");
        form.findElement(By.cssSelector("input[name=severity][value=MAJOR]")).click();
        form.findElement(By.id("description")).sendKeys("计量标准考核证书已过期");
        form.findElement(By.id("file")).sendKeys(InspectionFixtures.photo().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> !form.findElement(By.name("latitude"))
                .getDomProperty("value").isEmpty());
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("#findings figcaption")).getText())
                .contains("拍摄于", "位置 30.65743, 104.06598");

        WebElement signature = browser.findElement(By.id("signature-form"));
        signature.findElement(By.id("representativeName")).sendKeys("王代表");
        signature.findElement(By.id("representativePosition")).sendKeys("质量负责人");
        OnSiteSigning.draw(browser, browser.findElement(By.id("signature-pad")));
        assertThat(browser.findElement(By.id("signature")).getDomProperty("value")).startsWith("data:image/png");
        Chromium.clickToNextPage(browser, signature.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.id("attestation-status")).getText()).contains("王代表", "质量负责人");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#confirm-form button")));
        confirmAs(colleague);
        browser.get(url("/tasks/" + task()));
        assertThat(browser.findElements(By.cssSelector("#record-status .confirmation .o-PASS"))).hasSize(2);
        Chromium.screenshot(browser, "onsite-record-signed", 390);

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#submit-form button[type=submit]")));
        WebElement link = browser.findElement(By.cssSelector("#records .filed-record a"));
        link.click();

        Path pdf = await().atMost(Duration.ofSeconds(30)).until(() -> pdfIn(downloads), file -> file != null);
        byte[] bytes = Files.readAllBytes(pdf);
        String text = OnSiteRecordIntegrationTests.text(bytes).replace(" ", "");
        assertThat(text).contains(partyName, "受检单位代表签字", "王代表", "计量标准考核证书已过期", "30.65743,104.06598");
        assertThat(OnSiteRecordIntegrationTests.sha256(bytes)).isEqualTo(jdbc.sql(
                "select sha256 from inspection_record where inspection_id = :id and version = 1")
                .param("id", id).query(String.class).single());
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void theInspectorRecordsARefusalToSignWithAColleagueAsWitness() throws IOException {
        Chromium.signIn(browser, port, inspector, InspectionFixtures.PASSWORD);
        browser.get(url("/tasks/" + task()));

        WebElement refusal = browser.findElement(By.id("refusal-form"));
        Chromium.clickToNextPage(browser, refusal.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.id("reason-error")).getText()).isEqualTo("必填");
        assertThat(browser.findElement(By.id("witness-error")).getText()).isNotBlank();

        refusal = browser.findElement(By.id("refusal-form"));
        refusal.findElement(By.id("reason")).sendKeys("代表称须请示总部，拒绝签字");
        Select witness = new Select(refusal.findElement(By.id("witnessStaffId")));
        assertThat(witness.getOptions()).extracting(WebElement::getText).doesNotContain(name(inspector));
        witness.selectByValue(String.valueOf(fixtures.staffIdOf(colleague)));
        Chromium.clickToNextPage(browser, refusal.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.id("attestation-status")).getText()).contains(name(colleague));
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#confirm-form button")));
        confirmAs(colleague);
        browser.get(url("/tasks/" + task()));
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#submit-form button[type=submit]")));

        assertThat(browser.findElements(By.cssSelector("#records .filed-record"))).hasSize(1);
        byte[] pdf = jdbc.sql("select pdf from inspection_record where inspection_id = :id").param("id", id)
                .query(byte[].class).single();
        assertThat(OnSiteRecordIntegrationTests.text(pdf).replace(" ", ""))
                .contains("拒绝签字", "代表称须请示总部，拒绝签字", name(colleague));
    }

    private void confirmAs(String user) {
        PageSession session = PageSession.signedIn(port, user, InspectionFixtures.PASSWORD);
        String taskPage = "/tasks/" + task();
        assertThat(session.post(taskPage, taskPage + "/record/confirmation", Map.of()).statusCode()).isEqualTo(302);
    }

    private String task() {
        return jdbc.sql("""
                        select task_id from inspection_task where inspection_id = :id and task_kind = 'ON_SITE'
                        and closed_at is null""").param("id", id).query(String.class).optional().orElse(null);
    }

    private String name(String user) {
        return jdbc.sql("select s.name_zh from staff s join app_user u on u.staff_id = s.id where u.username = :u")
                .param("u", user).query(String.class).single();
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(Object::toString)
                .filter(line -> line.contains("Content Security Policy")).toList();
    }

    private static Path pdfIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
