package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages as the people who use them meet them: refusals as pages in their language, words instead of codes. */
@IntegrationTest
class PagesForPeopleBrowserIntegrationTests {

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

    InspectionFixtures fixtures;

    @BeforeEach
    void people() {
        browser = chromium.driver();
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        browser.manage().deleteAllCookies();
    }

    @Test
    void anotherTeamsInspectionAndAMissingOneArePagesInTheLayoutInTheVisitorsLanguage() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staff("SC", StaffRole.INSPECTOR),
                fixtures.staff("SC", StaffRole.INSPECTOR)), LocalDate.now(clock), null), "test");

        signIn(fixtures.user("SC", StaffRole.INSPECTOR));
        browser.get(url("/inspections/" + id));
        assertRefusalPage("zh-CN", "找不到页面", "我的任务");
        assertThat(browser.findElement(By.id("refusal-detail")).getText()).contains(String.valueOf(id));

        browser.manage().deleteAllCookies();
        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/inspections/999999?lang=en"));
        assertRefusalPage("en", "Not found", "Parties");
        assertThat(browser.findElement(By.cssSelector("nav.lang a[lang=zh-CN]")).getAttribute("href"))
                .endsWith("/inspections/999999?lang=zh-CN");
    }

    @Test
    void aPageTheRoleMayNotOpenIsAForbiddenPageInTheLayout() {
        signIn(fixtures.user("SC", StaffRole.INSPECTOR));
        browser.get(url("/admin/notices"));
        assertRefusalPage("zh-CN", "无权访问", "我的任务");
    }

    @Test
    void theApiStillAnswersProblemJsonToTheSameBrowser() {
        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/api/inspections/999999"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"status\":404");
    }

    private void assertRefusalPage(String lang, String heading, String menuEntry) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.getTitle()).startsWith(heading);
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(heading);
        assertThat(browser.findElements(By.cssSelector("header nav.menu a"))).extracting(WebElement::getText)
                .contains(menuEntry);
        assertThat(browser.getPageSource()).doesNotContain("about:blank");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        Chromium.signIn(browser, port, username, InspectionFixtures.PASSWORD);
    }
}
