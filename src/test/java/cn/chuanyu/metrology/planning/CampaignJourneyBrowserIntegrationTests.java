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

/**
 * A supervisor plans a campaign in a real browser: create, name the public random value, open (freeze), enter the
 * value twice, watch it draw and start, verify the draw and read its public record.
 */
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
    void aSupervisorCreatesACampaignNamesItsPublicValueOpensItEntersTheValueWatchesItStartAndVerifiesTheDraw() {
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
        form.findElement(By.id("beaconSource")).sendKeys("福利彩票双色球 2030001 期开奖号码");
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));

        form = browser.findElement(By.id("campaign-form"));
        assertThat(fieldError("name")).isEqualTo("必填");
        assertThat(form.findElement(By.id("beaconSource")).getDomProperty("value"))
                .isEqualTo("福利彩票双色球 2030001 期开奖号码");
        assertThat(new Select(form.findElement(By.id("categories"))).getAllSelectedOptions()).hasSize(1);
        step("campaign-invalid");

        form.findElement(By.id("name")).sendKeys(XSS_NAME);
        form.findElement(By.id("beaconSource")).clear();
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(fieldError("sampleCount")).isEqualTo("请填写抽取数量或抽取比例（二选一）");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo(XSS_NAME);

        form = browser.findElement(By.id("campaign-form"));
        form.findElement(By.id("sampleCount")).sendKeys("2");
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("抽查计划已创建。");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(XSS_NAME);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(Chromium.elementsNow(browser, By.id("open-form"))).as("no opening before the public value is named").isEmpty();
        assertThat(browser.findElement(By.id("contribution-SERVER")).getText()).containsPattern("[0-9a-f]{64}")
                .contains("尚未揭示");
        assertThat(browser.findElement(By.id("capacity-counts")).getText()).contains("将抽取 2 家", "最多可组成 2 个检查组");

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#beacon-form button[type=submit]")));
        assertThat(fieldError("beaconSource")).startsWith("请写明公共随机数的来源");
        assertThat(fieldError("beaconDueAt")).startsWith("请填写公布时间");
        browser.findElement(By.id("beaconSource")).sendKeys("福利彩票双色球 2030001 期开奖号码（红球升序，+ 蓝球）");
        setValue(browser.findElement(By.id("beaconDueAt")), "2030-01-01T21:15");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#beacon-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("公共随机数已指定，承诺已公布。");
        assertThat(browser.findElement(By.id("contribution-BEACON")).getText())
                .contains("福利彩票双色球 2030001 期开奖号码", "2030-01-01 21:15");
        step("campaign-committed");

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#open-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).startsWith("抽查计划已开启");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            browser.navigate().refresh();
            return browser.findElement(By.id("waiting-BEACON")).getText().contains("福利彩票双色球 2030001 期开奖号码");
        });
        assertThat(browser.findElement(By.id("contribution-SERVER")).getText()).doesNotContain("尚未揭示");
        step("campaign-frozen");

        browser.findElement(By.id("value-BEACON")).sendKeys("03 11 17 24 29 33 + 08");
        browser.findElement(By.id("confirm-BEACON")).sendKeys("03 11 17 24 29 33 + 09");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#reveal-BEACON button[type=submit]")));
        assertThat(fieldError("confirm-BEACON")).startsWith("两次输入的值须完全相同");
        assertThat(browser.findElement(By.id("value-BEACON")).getDomProperty("value")).isEqualTo("03 11 17 24 29 33 + 08");
        browser.findElement(By.id("confirm-BEACON")).sendKeys("03 11 17 24 29 33 + 08");
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#reveal-BEACON button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("值已揭示并与承诺一致。");

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                browser.findElement(By.cssSelector("#progress .label")).getText().equals("已全部启动"));
        assertThat(browser.findElement(By.id("progress-counts")).getText()).startsWith("已启动 2 / 2 项检查任务");
        assertThat(browser.findElement(By.id("draw-seed")).getText()).matches("[0-9a-f]{64}");
        assertThat(browser.findElement(By.id("draw-algorithm")).getText()).isEqualTo("chuanyu-draw/2");
        assertThat(browser.findElement(By.id("draw-register-hash")).getText()).matches("[0-9a-f]{64}");
        assertThat(browser.findElements(By.cssSelector("#selected tbody tr"))).hasSize(2);
        step("campaign-started");

        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#verify-form button[type=submit]")));
        assertThat(browser.findElement(By.id("verification")).getText())
                .startsWith("复核一致").contains("名录哈希一致：是；输入哈希一致：是");
        step("campaign-verified");

        Chromium.clickToNextPage(browser, browser.findElement(By.id("public-record-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("随机抽取公开记录");
        assertThat(browser.findElements(By.cssSelector("#public-selection tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#public-register tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.id("public-seed")).getText()).matches("[0-9a-f]{64}");
        step("campaign-public-record");
    }

    private void setValue(WebElement input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
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
