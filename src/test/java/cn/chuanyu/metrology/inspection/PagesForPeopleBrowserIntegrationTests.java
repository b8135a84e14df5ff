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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    @Test
    void theSentNoticesPagesAreInTheLayoutWithKindsAndStatusesInWordsAndTimesInBeijingTime() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        inspections.open(new OpenInspection(party, List.of(fixtures.staff("SC", StaffRole.INSPECTOR),
                fixtures.staff("SC", StaffRole.INSPECTOR)), LocalDate.now(clock), null), "test");
        long notice = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select id from notice where party_id = :p and status = 'SENT'").param("p", party)
                .query(Long.class).optional(), java.util.Optional::isPresent).orElseThrow();
        Instant sent = jdbc.sql("select sent_at from notice where id = :id").param("id", notice)
                .query(Timestamp.class).single().toInstant();
        String beijing = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"))
                .format(sent);

        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/admin/notices?province=SC"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.getTitle()).startsWith("已发送通知书");
        assertThat(browser.findElements(By.cssSelector("header nav.menu a"))).extracting(WebElement::getText)
                .contains("通知书", "受检单位");
        WebElement row = browser.findElement(By.id("notice-" + notice));
        assertThat(row.findElement(By.className("kind")).getText()).isEqualTo("检查通知书");
        assertThat(row.findElement(By.className("status")).getText()).isEqualTo("已发送");
        assertThat(row.findElement(By.className("sent")).getText()).isEqualTo(beijing);

        browser.get(url("/admin/notices/" + notice + "?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Notice " + notice);
        assertThat(browser.findElements(By.cssSelector("header nav.menu a"))).extracting(WebElement::getText)
                .contains("Notices", "Parties");
        assertThat(browser.findElement(By.id("notice-kind")).getText()).isEqualTo("Inspection notice");
        assertThat(browser.findElement(By.id("notice-status")).getText()).isEqualTo("Sent");
        assertThat(browser.findElement(By.id("notice-sent")).getText()).isEqualTo(beijing);
    }

    @Test
    void theHistoryNamesEventsPeopleAndDetailsInWords() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        long first = fixtures.staff("SC", StaffRole.INSPECTOR);
        long second = fixtures.staff("SC", StaffRole.INSPECTOR);
        String supervisor = "sv" + System.nanoTime();
        accounts.create(new UserAccounts.NewAccount(supervisor, encoder.encode(InspectionFixtures.PASSWORD),
                "王建国", Role.SUPERVISOR, "SC", fixtures.staff("SC", StaffRole.SUPERVISOR)));
        long id = inspections.open(new OpenInspection(party, List.of(first, second), LocalDate.now(clock), null),
                supervisor);
        event(id, "FINDING_RECORDED", "someone", first, "MAJOR AB-TC-02 #1");
        event(id, "NOTICE_ACKNOWLEDGED", "party:" + party + " (notice link)", null, "受检单位确认收到通知书");
        event(id, "OUTCOME_RECTIFY", "system", null, null);
        String partyName = jdbc.sql("select name_zh from party where id = :id").param("id", party)
                .query(String.class).single();

        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/inspections/" + id));
        List<WebElement> lines = browser.findElements(By.cssSelector("#history > li"));
        assertThat(line(lines, "创建检查任务", ".actor")).isEqualTo("王建国");
        assertThat(line(lines, "创建检查任务", ".detail"))
                .isEqualTo("检查组：" + staffName(first) + "、" + staffName(second));
        assertThat(line(lines, "记录不符合项", ".actor")).isEqualTo(staffName(first));
        assertThat(line(lines, "记录不符合项", ".detail")).isEqualTo("严重，检查项 AB-TC-02，不符合项编号 1");
        assertThat(line(lines, "受检单位确认收到通知书", ".actor")).isEqualTo(partyName + "（通过通知书链接）");
        assertThat(line(lines, "检查结论：限期整改", ".actor")).isEqualTo("系统");
        assertThat(browser.findElement(By.id("history")).getText())
                .doesNotContain("OUTCOME_", "NOTICE_", "party:", "team [", "MAJOR", supervisor);

        browser.get(url("/inspections/" + id + "?lang=en"));
        lines = browser.findElements(By.cssSelector("#history > li"));
        assertThat(line(lines, "Finding recorded", ".detail")).isEqualTo("Major, checklist item AB-TC-02, finding no. 1");
        assertThat(line(lines, "Outcome: rectify", ".actor")).isEqualTo("System");
    }

    @Test
    void everyLayoutPageHasAFaviconThatLoadsASkipLinkFirstAndHeaderLabelsInThePagesLanguage() throws Exception {
        signIn(fixtures.user("SC", StaffRole.INSPECTOR));
        browser.get(url("/tasks"));
        String icon = browser.findElement(By.cssSelector("head link[rel=icon]")).getAttribute("href");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("跳到主要内容");
        assertThat(first.getAttribute("href")).endsWith("#main");
        assertThat(browser.findElements(By.cssSelector("main#main"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("header nav"))).extracting(nav -> nav.getAttribute("aria-label"))
                .containsExactly("语言", "主菜单");

        browser.get(url("/tasks?lang=en"));
        assertThat(browser.findElements(By.cssSelector("header nav"))).extracting(nav -> nav.getAttribute("aria-label"))
                .containsExactly("Language", "Main menu");
        assertThat(browser.findElement(By.className("skip-link")).getAttribute("textContent"))
                .isEqualTo("Skip to main content");
    }

    @Test
    void aRefusedFormTiesEachErrorToItsFieldAndPutsTheFocusOnTheFirstInvalidField() {
        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/admin/users/new"));
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.cssSelector("#account-form button[type=submit]")).click();

        WebElement username = browser.findElement(By.id("username"));
        WebElement password = browser.findElement(By.id("password"));
        assertThat(username.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(describedBy(username)).isNotEqualTo(describedBy(password));
        assertThat(browser.findElement(By.id("staffNo")).getAttribute("aria-invalid")).isNull();
        assertThat(browser.switchTo().activeElement()).isEqualTo(username);
    }

    @Test
    void aPartysPageListsItsInspectionsNewestFirstWithStatusAndOutcomeInWordsAndLinksToEach() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        LocalDate today = LocalDate.now(clock);
        long closed = inspectionRow(party, "CLOSED", today.minusDays(40), today.minusDays(38), "PASS");
        long onSite = inspectionRow(party, "ON_SITE", today.minusDays(2), null, null);
        inspectionRow(fixtures.party("SC", PartyKind.AUTHORISED_BODY), "CLOSED", today, today, "FAIL");

        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/admin/parties/" + party));
        List<WebElement> rows = browser.findElements(By.cssSelector("#party-inspections tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("id"))
                .containsExactly("party-inspection-" + onSite, "party-inspection-" + closed);
        WebElement last = rows.get(1);
        assertThat(last.findElement(By.cssSelector("a.id")).getAttribute("href")).endsWith("/inspections/" + closed);
        assertThat(last.findElement(By.className("status")).getText()).isEqualTo("已办结");
        assertThat(last.findElement(By.className("planned")).getText()).isEqualTo(today.minusDays(40).toString());
        assertThat(last.findElement(By.className("inspected")).getText()).isEqualTo(today.minusDays(38).toString());
        assertThat(last.findElement(By.className("outcome")).getText()).isEqualTo("合格");
        assertThat(rows.get(0).findElement(By.className("status")).getText()).isEqualTo("现场检查");
        assertThat(rows.get(0).findElement(By.className("outcome")).getText()).isEqualTo("—");

        browser.get(url("/admin/parties/" + party + "?lang=en"));
        assertThat(browser.findElement(By.cssSelector("#party-inspection-" + closed + " .outcome")).getText())
                .isEqualTo("Pass");
    }

    @Test
    void inEnglishAPartyIsNamedInEnglishOnEveryPageItAppearsOnAndInChineseWhenItHasNoEnglishName() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String english = "Chengdu Test Metrology Institute " + party;
        jdbc.sql("update party set name_en = :name where id = :id").param("name", english).param("id", party).update();
        String chinese = jdbc.sql("select name_zh from party where id = :id").param("id", party)
                .query(String.class).single();
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staff("SC", StaffRole.INSPECTOR)), LocalDate.now(clock), null), "english-names-test");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ON_SITE".equals(jdbc.sql(
                "select status from inspection where id = :id").param("id", id).query(String.class).single()));

        signIn(inspector);
        browser.get(url("/tasks?lang=en"));
        assertThat(browser.findElement(By.id("tasks")).getText()).contains(english).doesNotContain(chinese);
        browser.get(url("/inspections/" + id));
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(english);
        assertThat(browser.findElement(By.id("party")).getText()).contains(english).doesNotContain(chinese);
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("main ul.list a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(english);
        browser.get(url("/inspections/" + id + "?lang=zh-CN"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(chinese);

        jdbc.sql("update party set name_en = null where id = :id").param("id", party).update();
        browser.get(url("/inspections/" + id + "?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(chinese);
        jdbc.sql("update party set name_en = :name where id = :id").param("name", english).param("id", party).update();

        Chromium.signOut(browser);
        signIn(fixtures.account(null, Role.ADMIN, null));
        browser.get(url("/admin/parties/" + party + "?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(english);
        assertThat(browser.getTitle()).contains(english);
    }

    @Test
    void onAPhoneTheOnSiteFindingsFormComesBeforeThePartysDetailsWithinTheFirstScreens() {
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staff("SC", StaffRole.INSPECTOR)), LocalDate.now(clock), null), "phone-form-test");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ON_SITE".equals(jdbc.sql(
                "select status from inspection where id = :id").param("id", id).query(String.class).single()));

        signIn(inspector);
        browser.get(url("/inspections/" + id));
        String task = browser.findElement(By.cssSelector("main ul.list a")).getAttribute("href");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(task);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            double formTop = ((Number) js.executeScript("return document.getElementById('finding-form')"
                    + ".getBoundingClientRect().top + window.scrollY")).doubleValue();
            double screen = ((Number) js.executeScript("return window.innerHeight")).doubleValue();
            assertThat(formTop).as("the findings form's top on a 390 px phone").isLessThanOrEqualTo(1.5 * screen);
            assertThat((Boolean) js.executeScript("return !!(document.getElementById('finding-form')"
                    + ".compareDocumentPosition(document.getElementById('party')) & Node.DOCUMENT_POSITION_FOLLOWING)"))
                    .as("the party's details follow the form").isTrue();
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private long inspectionRow(long party, String status, LocalDate planned, LocalDate inspected, String outcome) {
        return jdbc.sql("""
                        insert into inspection (party_id, province, planned_date, status, inspected_on, outcome,
                                                opened_by, opened_at)
                        values (:party, 'SC', :planned, :status, :inspected, :outcome, 'test', now()) returning id""")
                .param("party", party).param("planned", planned).param("status", status)
                .param("inspected", inspected).param("outcome", outcome).query(Long.class).single();
    }

    /** The error message the field points at, which must be one shown beside it on the page. */
    private String describedBy(WebElement field) {
        String id = field.getAttribute("aria-describedby");
        assertThat(id).as("aria-describedby of " + field.getAttribute("id")).isNotBlank();
        WebElement error = browser.findElement(By.id(id));
        assertThat(error.getAttribute("class")).contains("field-error");
        assertThat(error.getText()).isNotBlank();
        return error.getText();
    }

    private void event(long inspection, String action, String actor, Long staff, String detail) {
        jdbc.sql("""
                        insert into inspection_event (inspection_id, step, action, actor, staff_id, detail, occurred_at)
                        values (:id, 'Task_InspectOnSite', :action, :actor, :staff, :detail, now())""")
                .param("id", inspection).param("action", action).param("actor", actor).param("staff", staff)
                .param("detail", detail).update();
    }

    private static String line(List<WebElement> lines, String action, String part) {
        return lines.stream().filter(l -> l.findElement(By.className("action")).getText().equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no history line " + action))
                .findElement(By.cssSelector(part)).getText();
    }

    private String staffName(long staff) {
        return jdbc.sql("select name_zh from staff where id = :id").param("id", staff).query(String.class).single();
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
