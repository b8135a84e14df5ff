package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.disclosure.DisclosureQueries;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The inspection journey in a real browser: on site, review, and the public result; plus the language switch. */
@IntegrationTest
class InspectionJourneyBrowserIntegrationTests {

    private static final String XSS = "<script>alert(1)</script>";

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
    DisclosureQueries disclosures;
    @Autowired
    Clock clock;

    InspectionFixtures fixtures;

    @BeforeEach
    void people() {
        browser = chromium.driver();
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        browser.manage().deleteAllCookies();
    }

    @Test
    void inspectorRecordsAFindingWithAPhotoSupervisorApprovesAndThePublicSeesTheResult() throws IOException {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String partyName = jdbc.sql("select name_zh from party where id = :id").param("id", party)
                .query(String.class).single();
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        String colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        String supervisor = fixtures.user("SC", StaffRole.SUPERVISOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "test");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ON_SITE".equals(status(id)));

        signIn(inspector);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的任务");
        step("tasks");
        Chromium.clickToNextPage(browser, browser.findElement(By.xpath("//ul[@id='tasks']//a[contains(., '" + partyName + "')]")));
        step("on-site");

        WebElement form = browser.findElement(By.id("finding-form"));
        new Select(form.findElement(By.id("checklistItem"))).selectByIndex(1);
        form.findElement(By.id("clause")).sendKeys("JJF 1069-2012 第6条");
        form.findElement(By.cssSelector("input[name=severity][value=MAJOR]")).click();
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));

        form = browser.findElement(By.id("finding-form"));
        assertThat(form.findElement(By.xpath(".//textarea[@id='description']/following-sibling::p[1]")).getText())
                .isEqualTo("必填");
        assertThat(form.findElement(By.id("clause")).getDomProperty("value")).isEqualTo("JJF 1069-2012 第6条");
        assertThat(form.findElement(By.cssSelector("input[name=severity][value=MAJOR]")).isSelected()).isTrue();
        assertThat(findings(id)).isZero();
        step("finding-invalid");

        form.findElement(By.cssSelector("input[name=severity][value=CRITICAL]")).click();
        form.findElement(By.id("description")).sendKeys(XSS);
        form.findElement(By.id("file")).sendKeys(InspectionFixtures.photo().toString());
        assertThat(naturalWidth(browser.findElement(By.cssSelector("#file-preview img")))).isPositive();
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("不符合项已记录。");
        assertThat(browser.findElement(By.cssSelector("#findings .description")).getText()).isEqualTo(XSS);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(naturalWidth(browser.findElement(By.cssSelector("#findings .evidence img")))).isPositive();
        step("finding-recorded");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#submit-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#submit-form .notice.error"))).extracting(WebElement::getText)
                .containsExactly("受检单位代表尚未签字（或记录拒签）。", "检查组成员尚未全部确认本记录。");
        OnSiteSigning.signAndConfirm(browser, port, colleague);
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#submit-form button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("已提交审核。");
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("#diagram.drawn"))
                .isEmpty());
        assertThat(browser.findElements(By.cssSelector(
                ".djs-container g.djs-element.bpmn-current[data-element-id=Task_ReviewInspection]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(
                ".djs-container g.djs-element.bpmn-passed[data-element-id=Task_InspectOnSite]"))).hasSize(1);
        step("submitted");
        signOut();

        signIn(supervisor);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("审核队列");
        Chromium.clickToNextPage(browser, browser.findElement(By.xpath("//ul[@id='tasks']//a[contains(., '" + partyName + "')]")));
        assertThat(browser.findElement(By.cssSelector("#findings .description")).getText()).isEqualTo(XSS);
        browser.findElement(By.cssSelector("input[name=decision][value=RETURN]")).click();
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#decision-form button[type=submit]")));
        assertThat(browser.findElement(By.xpath("//textarea[@id='reason']/following-sibling::p[1]")).getText())
                .isEqualTo("退回或不合格时必须填写理由");
        assertThat(browser.findElements(By.xpath("//form[@id='decision-form']//fieldset[legend='作出决定']"
                + "//input[@type='radio' and @name='decision']"))).hasSize(2);
        WebElement reason = browser.findElement(By.id("reason"));
        assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(reason.getAttribute("aria-describedby"))).getText())
                .isEqualTo("退回或不合格时必须填写理由");
        assertThat(browser.switchTo().activeElement()).isEqualTo(reason);
        step("review-invalid");
        browser.findElement(By.cssSelector("input[name=decision][value=APPROVE]")).click();
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#decision-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("审核意见已提交。");

        browser.get(url("/dashboard"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        await().atMost(Duration.ofSeconds(5)).until(() -> Boolean.TRUE.equals(js.executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById('chart-findings')))")));
        assertThat((String) js.executeScript("var x = new XMLHttpRequest(); x.open('GET', '/dashboard/findings.csv',"
                + " false); x.send(); return x.responseText;")).startsWith("province,severity,count,label_zh,label_en").contains("SC,CRITICAL,").contains(",重大,Critical");
        step("dashboard");
        signOut();

        await().atMost(Duration.ofSeconds(60)).until(() -> !disclosures.search(new DisclosureQueries.Filter(null, partyName, 1, 0)).isEmpty());
        browser.get(url("/public/results?q=" + java.net.URLEncoder.encode(partyName,
                java.nio.charset.StandardCharsets.UTF_8)));
        WebElement result = browser.findElement(By.cssSelector("#results li"));
        assertThat(result.getText()).contains(partyName, "不合格");
        step("public");
    }

    @Test
    void theLanguageSwitchChangesEveryPageAndIsRemembered() {
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");

        Chromium.clickToNextPage(browser, browser.findElement(By.linkText("English")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.get(url("/public/results"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Public disclosure");
        step("public-en");

        Chromium.clickToNextPage(browser, browser.findElement(By.linkText("中文")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("结果公示");
    }

    @Test
    void anInvalidPartyEditIsShownInPlaceWithWhatWasTypedAndAnImportShowsItsBadRows() throws IOException {
        long party = fixtures.party("CQ", PartyKind.INSTRUMENT_MAKER);
        signIn(fixtures.account(null, cn.chuanyu.metrology.security.Role.ADMIN, null));
        browser.get(url("/admin/parties?province=CQ&kind=INSTRUMENT_MAKER&sort=ID"));
        assertThat(browser.findElement(By.id("parties")).getText()).contains("重庆市", "计量器具生产企业");
        step("admin-parties");
        browser.get(url("/admin/parties/" + party));

        WebElement name = browser.findElement(By.id("nameZh"));
        name.clear();
        browser.findElement(By.id("nameEn")).clear();
        browser.findElement(By.id("nameEn")).sendKeys("Chongqing Meter Works");
        browser.findElement(By.id("address")).sendKeys(XSS);
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#party-form button[type=submit]")));

        assertThat(browser.findElement(By.xpath("//input[@id='nameZh']/following-sibling::p[1]")).getText())
                .isEqualTo("必填");
        assertThat(browser.findElement(By.id("nameEn")).getDomProperty("value")).isEqualTo("Chongqing Meter Works");
        assertThat(browser.findElement(By.id("address")).getDomProperty("value")).isEqualTo(XSS);
        step("admin-party-invalid");

        browser.findElement(By.id("nameZh")).sendKeys("重庆衡器厂");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#party-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("已保存。");
        assertThat(browser.findElement(By.id("party")).getText()).contains("重庆衡器厂", XSS);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        browser.get(url("/admin/imports"));
        Path csv = Files.createTempFile("parties", ".csv");
        Files.writeString(csv, "credit_code,kind,name_zh,province,risk_class\n"
                + "NOT-A-CODE,AUTHORISED_BODY,坏数据计量所,SC,MEDIUM\n");
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#import-form button[type=submit]")));
        // the bad rows are shown while the job still finishes; then the page says nothing was imported
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                browser.findElement(By.id("row-errors")).getText().contains("credit_code")
                        && "未导入".equals(browser.findElement(By.cssSelector("#progress .label")).getText()));
        step("admin-import-errors");
    }

    private void signIn(String username) {
        Chromium.signIn(browser, port, username, InspectionFixtures.PASSWORD);
    }

    private void signOut() {
        Chromium.signOut(browser);
    }

    private String status(long id) {
        return jdbc.sql("select status from inspection where id = :id").param("id", id).query(String.class).single();
    }

    private int findings(long id) {
        return jdbc.sql("select count(*) from finding where inspection_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private long naturalWidth(WebElement image) {
        await().atMost(Duration.ofSeconds(5)).until(() -> Boolean.TRUE.equals(
                ((JavascriptExecutor) browser).executeScript("return arguments[0].complete", image)));
        return (Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", image);
    }

    private void step(String name) {
        if (Chromium.stepScreenshots()) {
            Chromium.screenshot(browser, name + "-phone", 390);
            Chromium.screenshot(browser, name + "-desktop", 1280);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
