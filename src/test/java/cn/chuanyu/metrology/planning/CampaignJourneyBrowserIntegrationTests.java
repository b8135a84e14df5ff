package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A supervisor plans a campaign in a real browser: create, seed, draw and open, watch it start, verify the draw. */
@IntegrationTest
class CampaignJourneyBrowserIntegrationTests {

    private static final String XSS_NAME = "<script>alert('campaign')</script>抽查";

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

    PlanningFixtures fixtures;

    @BeforeEach
    void signOutEverywhere() {
        browser = chromium.driver();
        fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        browser.manage().deleteAllCookies();
    }

    @Test
    void aSupervisorCreatesACampaignEntersTheSeedDrawsWatchesItStartAndVerifiesTheDraw() {
        String category = fixtures.category();
        for (int i = 0; i < 3; i++) {
            fixtures.party("SC", "MEDIUM", category);
        }
        for (int i = 0; i < 4; i++) {
            fixtures.inspector("SC", category);
        }
        signIn(fixtures.account(Role.SUPERVISOR, "SC"));
        Chromium.clickToNextPage(browser, browser.findElement(By.linkText("抽查计划")));
        Chromium.clickToNextPage(browser, browser.findElement(By.id("new-campaign")));

        WebElement form = browser.findElement(By.id("campaign-form"));
        assertThat(new Select(form.findElement(By.id("scope"))).getOptions()).hasSize(1);
        new Select(form.findElement(By.id("categories"))).selectByValue(category);
        form.findElement(By.id("seedSource")).sendKeys("上海证券交易所 2026-12-31 收盘指数");
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));

        form = browser.findElement(By.id("campaign-form"));
        assertThat(fieldError("name")).isEqualTo("必填");
        assertThat(form.findElement(By.id("seedSource")).getDomProperty("value"))
                .isEqualTo("上海证券交易所 2026-12-31 收盘指数");
        assertThat(new Select(form.findElement(By.id("categories"))).getAllSelectedOptions()).hasSize(1);
        step("campaign-invalid");

        form.findElement(By.id("name")).sendKeys(XSS_NAME);
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(fieldError("sampleCount")).isEqualTo("请填写抽取数量或抽取比例（二选一）");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo(XSS_NAME);

        form = browser.findElement(By.id("campaign-form"));
        form.findElement(By.id("sampleCount")).sendKeys("2");
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("抽查计划已创建。");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(XSS_NAME);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.id("open-form"))).isEmpty();

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#seed-form button[type=submit]")));
        assertThat(browser.findElement(By.xpath("//input[@id='seed']/following-sibling::p[1]")).getText())
                .isEqualTo("请填写 1 到 200 个字符的抽取种子");
        browser.findElement(By.id("seed")).sendKeys("3321.07");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#seed-form button[type=submit]")));
        assertThat(browser.findElement(By.id("seed-value")).getText()).isEqualTo("3321.07");
        step("campaign-seeded");

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#open-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("抽查计划已打开，正在随机抽取。");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                browser.findElement(By.cssSelector("#progress .label")).getText().equals("已全部启动"));
        assertThat(browser.findElement(By.id("progress-counts")).getText()).startsWith("已启动 2 / 2 项检查任务");
        assertThat(browser.findElement(By.id("draw-seed")).getText()).isEqualTo("3321.07");
        assertThat(browser.findElement(By.id("draw-algorithm")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("draw-register-hash")).getText()).matches("[0-9a-f]{64}");
        assertThat(browser.findElements(By.cssSelector("#selected tbody tr"))).hasSize(2);
        step("campaign-started");

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#verify-form button[type=submit]")));
        assertThat(browser.findElement(By.id("verification")).getText())
                .startsWith("复核一致").contains("名录哈希一致：是；输入哈希一致：是");
        step("campaign-verified");
    }

    private String fieldError(String field) {
        return browser.findElement(By.xpath("//*[@id='" + field + "']/following-sibling::p[contains(@class,"
                + "'field-error')][1]")).getText();
    }

    private void signIn(String username) {
        Chromium.signIn(browser, port, username, PlanningFixtures.PASSWORD);
    }

    private void step(String name) {
        if (Chromium.stepScreenshots()) {
            Chromium.screenshot(browser, name + "-phone", 390);
            Chromium.screenshot(browser, name + "-desktop", 1280);
        }
    }
}
