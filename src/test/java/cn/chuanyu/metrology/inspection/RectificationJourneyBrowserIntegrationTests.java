package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.disclosure.DisclosureQueries;
import cn.chuanyu.metrology.notification.NoticeFixtures;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.Chromium;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rectification journey in a real browser at a phone's width (390 px), as inspectors on site and businesses
 * opening their link use it: a major finding, approval, evidence handed in through the emailed link, verification
 * by the inspector, and the published result.
 */
@IntegrationTest
class RectificationJourneyBrowserIntegrationTests {

    private static final Pattern RECTIFICATION_LINK = Pattern.compile("/notice/rectification\\?t=([A-Za-z0-9_\\-.]+)");

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
    DisclosureQueries disclosures;
    @Autowired
    GreenMail greenMail;
    @Autowired
    Clock clock;

    @BeforeEach
    void theClassBrowser() {
        browser = chromium.driver();
    }

    @Test
    void aMajorFindingIsRectifiedThroughTheEmailedLinkAndVerifiedOnAPhone() throws IOException {
        var fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        long party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        String mailbox = "rectify-" + party + "@example.cn";
        jdbc.sql("update party set contact_emails = :emails where id = :id")
                .param("emails", new String[] {mailbox}).param("id", party).update();
        String partyName = jdbc.sql("select name_zh from party where id = :id").param("id", party)
                .query(String.class).single();
        String inspector = fixtures.user("SC", StaffRole.INSPECTOR);
        String colleague = fixtures.user("SC", StaffRole.INSPECTOR);
        String supervisor = fixtures.user("SC", StaffRole.SUPERVISOR);
        long id = inspections.open(new OpenInspection(party, List.of(fixtures.staffIdOf(inspector),
                fixtures.staffIdOf(colleague)), LocalDate.now(clock), null), "test");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ON_SITE".equals(status(id)));

        signIn(inspector);
        openTaskOf(partyName);
        assertFitsTheScreen();
        WebElement form = browser.findElement(By.id("finding-form"));
        new Select(form.findElement(By.id("checklistItem"))).selectByIndex(1);
        form.findElement(By.id("clause")).sendKeys("JJF 1033-2023 第5.2条");
        form.findElement(By.cssSelector("input[name=severity][value=MAJOR]")).click();
        form.findElement(By.id("description")).sendKeys("标准器溯源证书已过期");
        form.findElement(By.id("file")).sendKeys(InspectionFixtures.photo().toString());
        Chromium.clickToNextPage(browser, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("不符合项已记录。");
        OnSiteSigning.signAndConfirm(browser, port, colleague);
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#submit-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("已提交审核。");
        signOut();

        signIn(supervisor);
        openTaskOf(partyName);
        browser.findElement(By.cssSelector("input[name=decision][value=APPROVE]")).click();
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#decision-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("审核意见已提交。");
        signOut();

        String token = rectificationToken(mailbox);
        browser.get(url("/notice/rectification?t=" + token));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(partyName, "标准器溯源证书已过期");
        assertFitsTheScreen();
        browser.findElement(By.id("statement")).sendKeys("已重新送检，附新证书");
        browser.findElement(By.id("files")).sendKeys(InspectionFixtures.photo().toString());
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("整改材料已提交");

        signIn(inspector);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.get(url("/tasks"));
            return !Chromium.elementsNow(browser, By.xpath(taskLinkOf(partyName))).isEmpty();
        });
        openTaskOf(partyName);
        assertThat(browser.findElement(By.id("findings")).getText()).contains("标准器溯源证书已过期");
        assertThat(browser.findElement(By.id("rectification-answers")).getText())
                .as("the verifier sees what the business wrote and sent").contains("已重新送检，附新证书", ".png");
        assertFitsTheScreen();
        browser.findElement(By.cssSelector("input[name=decision][value=ACCEPT]")).click();
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#decision-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("核查结论已提交。");
        signOut();

        await().atMost(Duration.ofSeconds(60)).until(() -> !disclosures.search(new DisclosureQueries.Filter(null, partyName, 1, 0)).isEmpty());
        String rectified = "限期整改，已于 " + LocalDate.now(clock) + " 整改合格";
        browser.get(url("/public/results?q=" + URLEncoder.encode(partyName, StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.cssSelector("#results li")).getText()).contains(partyName, rectified);
        assertFitsTheScreen();
        assertThat(NoticeFixtures.part(awaitMail(mailbox, "检查结果通知书"), "text/plain"))
                .contains("限期整改，已于 " + LocalDate.now(clock).getYear() + "年");
        signIn(supervisor);
        browser.get(url("/inspections/" + id));
        assertThat(browser.findElement(By.id("summary")).getText()).contains(rectified);
        assertThat(Chromium.elementsNow(browser, By.id("deadline-countdown"))).as("no countdown once closed").isEmpty();
        signOut();
    }

    /** Nothing wider than the screen: no sideways scrolling of the whole page. */
    private void assertFitsTheScreen() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long pageWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long screenWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
        assertThat(pageWidth).as("page width at %d px on %s", screenWidth, browser.getCurrentUrl())
                .isLessThanOrEqualTo(screenWidth);
    }

    private MimeMessage awaitMail(String mailbox, String subject) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(m -> NoticeFixtures.recipients(m).contains(mailbox)
                        && NoticeFixtures.subject(m).contains(subject)));
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> NoticeFixtures.recipients(m)
                .contains(mailbox) && NoticeFixtures.subject(m).contains(subject)).findFirst().orElseThrow();
    }

    private String rectificationToken(String mailbox) {
        await().atMost(Duration.ofSeconds(60)).until(() -> rectificationOrder(mailbox).isPresent());
        String text = NoticeFixtures.part(rectificationOrder(mailbox).orElseThrow(), "text/plain");
        Matcher link = RECTIFICATION_LINK.matcher(text);
        assertThat(link.find()).as("a rectification link in %s", text).isTrue();
        return link.group(1);
    }

    private Optional<MimeMessage> rectificationOrder(String mailbox) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> NoticeFixtures.recipients(m).contains(mailbox))
                .filter(m -> NoticeFixtures.subject(m).contains("限期整改通知书"))
                .findFirst();
    }

    private void openTaskOf(String partyName) {
        browser.get(url("/tasks"));
        Chromium.clickToNextPage(browser, browser.findElement(By.xpath(taskLinkOf(partyName))));
    }

    private static String taskLinkOf(String partyName) {
        return "//ul[@id='tasks']//a[contains(., '" + partyName + "')]";
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, port, username, InspectionFixtures.PASSWORD);
    }

    private void signOut() {
        Chromium.signOut(browser);
    }

    private String status(long id) {
        return jdbc.sql("select status from inspection where id = :id").param("id", id).query(String.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
