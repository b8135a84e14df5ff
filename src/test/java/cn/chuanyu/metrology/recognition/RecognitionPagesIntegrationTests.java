package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recognition pages: a supervisor raises a request (refused fields shown in place), the other province's
 * supervisor decides it beside the verdict and the uncovered scope, and the public register shows it, escaped.
 */
@IntegrationTest
class RecognitionPagesIntegrationTests {

    private static final String XSS = "<script>alert('recognition')</script>";

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
    TaskService tasks;
    @Autowired
    Clock clock;

    RecognitionFixtures fixtures;
    long party;
    String partyName;

    @Autowired
    private RecognitionNoticeFacts noticeFacts;

    @BeforeEach
    void party() {
        fixtures = new RecognitionFixtures(jdbc, accounts, encoder, inspections, tasks);
        party = fixtures.party("SC", "WATER_METER");
        partyName = "页面互认计量所" + party + XSS;
        jdbc.sql("update party set name_zh = :name where id = :id").param("name", partyName).param("id", party)
                .update();
    }

    @Test
    void aRequestIsRaisedDecidedBesideTheVerdictAndShownInThePublicRegisterEscaped() {
        PageSession sc = signedIn("SC", Role.SUPERVISOR);
        PageSession cq = signedIn("CQ", Role.SUPERVISOR);
        Map<String, String> fields = new HashMap<>(Map.of("partyId", Long.toString(party), "basis", "CERTIFICATE",
                "province", "CQ", "validUntil", LocalDate.now(clock).plusYears(1).toString()));

        HttpResponse<String> refused = sc.post("/recognitions/new", "/recognitions", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<p class=\"field-error\" id=\"categories-error\">必填</p>")
                .contains("value=\"" + party + "\"");
        assertThat(requests()).isZero();

        HttpResponse<String> sent = sc.post("/recognitions/new", "/recognitions",
                Map.of("partyId", fields.get("partyId"), "basis", "CERTIFICATE", "province", "CQ",
                        "validUntil", fields.get("validUntil"), "categories", "HEAT_METER"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String page = sent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(sc.get("/recognitions").body()).contains(escaped(partyName)).doesNotContain(XSS);

        HttpResponse<String> detail = cq.get(page);
        assertThat(detail.body()).contains("不符合互认条件", "HEAT_METER", "decision-form")
                .contains(escaped(partyName)).doesNotContain(XSS);
        assertThat(cq.post(page, page + "/decision", Map.of("decision", "ACCEPT")).body())
                .contains("评估结论不允许作出此决定");
        assertThat(cq.post(page, page + "/decision", Map.of("decision", "REFUSE")).body())
                .contains("不予互认时必须填写理由");
        HttpResponse<String> decided = cq.post(page, page + "/decision", Map.of("decision", "REFUSE",
                "reason", XSS));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(cq.get(page).body()).contains("互认决定已提交。", escaped(XSS)).doesNotContain(XSS)
                .doesNotContain("decision-form");
    }

    @Test
    void theSendingProvinceCannotDecideAndThePublicRegisterNeedsNoSignIn() {
        PageSession sc = signedIn("SC", Role.SUPERVISOR);
        HttpResponse<String> sent = sc.post("/recognitions/new", "/recognitions", Map.of("partyId",
                Long.toString(party), "basis", "CERTIFICATE", "province", "CQ", "categories", "WATER_METER",
                "validUntil", LocalDate.now(clock).plusYears(1).toString()));
        String page = sent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(sc.get(page).body()).contains("符合互认条件").doesNotContain("decision-form");
        assertThat(sc.post(page, page + "/decision", Map.of("decision", "ACCEPT")).statusCode()).isEqualTo(403);
        assertThat(signedIn("SC", Role.INSPECTOR).get(page).statusCode()).isEqualTo(403);

        PageSession cq = signedIn("CQ", Role.SUPERVISOR);
        assertThat(cq.post(page, page + "/decision", Map.of("decision", "ACCEPT")).statusCode()).isEqualTo(302);
        HttpResponse<String> register = PageSession.anonymous(port).get("/public/recognitions?q="
                + URLEncoder.encode(fixtures.creditCodeOf(party), StandardCharsets.UTF_8));
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains(escaped(partyName), "WATER_METER", "四川省 → 重庆市")
                .doesNotContain(XSS);
    }

    @Test
    void anEnglishReaderSeesThePartysEnglishNameOnTheRecognitionPagesThePublicRegisterAndItsNotice() {
        String english = "Page Recognition Metrology Institute " + party;
        jdbc.sql("update party set name_en = :name where id = :id").param("name", english).param("id", party).update();
        PageSession sc = signedIn("SC", Role.SUPERVISOR);
        String page = sc.post("/recognitions/new", "/recognitions", Map.of("partyId", Long.toString(party),
                        "basis", "CERTIFICATE", "province", "CQ", "categories", "WATER_METER",
                        "validUntil", LocalDate.now(clock).plusYears(1).toString()))
                .headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        PageSession cq = signedIn("CQ", Role.SUPERVISOR);
        assertThat(cq.post(page, page + "/decision", Map.of("decision", "ACCEPT")).statusCode()).isEqualTo(302);

        assertThat(sc.get("/recognitions?lang=en").body()).contains(english).doesNotContain(escaped(partyName));
        assertThat(sc.get(page + "?lang=en").body()).contains(english).doesNotContain(escaped(partyName));
        assertThat(PageSession.anonymous(port).get("/public/recognitions?lang=en&q="
                + URLEncoder.encode(fixtures.creditCodeOf(party), StandardCharsets.UTF_8)).body())
                .contains(english).doesNotContain(escaped(partyName));
        assertThat(sc.get(page + "?lang=zh-CN").body()).contains(escaped(partyName)).doesNotContain(english);
        long recognition = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(noticeFacts.facts(recognition, "en").get(0).value()).startsWith(english + " (");
        assertThat(noticeFacts.facts(recognition, "zh-CN").get(0).value()).startsWith(partyName + " (");
    }

    @Test
    void theReceivingSupervisorReviewsAWithdrawnRecognitionOnItsPage() {
        PageSession sc = signedIn("SC", Role.SUPERVISOR);
        PageSession cq = signedIn("CQ", Role.SUPERVISOR);
        String page = sc.post("/recognitions/new", "/recognitions", Map.of("partyId", Long.toString(party),
                        "basis", "CERTIFICATE", "province", "CQ", "categories", "WATER_METER",
                        "validUntil", LocalDate.now(clock).plusYears(1).toString()))
                .headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(cq.post(page, page + "/decision", Map.of("decision", "ACCEPT")).statusCode()).isEqualTo(302);

        fixtures.concludedInspection(party, "SC", LocalDate.now(clock), 1, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> cq.get(page).body().contains("review-form"));
        assertThat(sc.get(page).body()).doesNotContain("review-form");

        HttpResponse<String> blank = cq.post(page, page + "/withdrawal-review", Map.of("note", " "));
        assertThat(blank.body()).contains("<p id=\"note-error\" class=\"field-error\">必填</p>");
        assertThat(reviewNote()).isNull();

        HttpResponse<String> reviewed = cq.post(page, page + "/withdrawal-review", Map.of("note", XSS));
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(cq.get(page).body()).contains("复核意见已记录。").doesNotContain("review-form");
        assertThat(reviewNote()).isEqualTo(XSS);
        assertThat(cq.post(page, page + "/withdrawal-review", Map.of("note", "again")).body())
                .contains("此请求已有决定或状态已变化");
    }

    private PageSession signedIn(String province, Role role) {
        return PageSession.signedIn(port, fixtures.user(province, role).username(), RecognitionFixtures.PASSWORD);
    }

    private String reviewNote() {
        return jdbc.sql("select review_note from recognition where party_id = :id").param("id", party)
                .query(String.class).optional().orElse(null);
    }

    private int requests() {
        return jdbc.sql("select count(*) from recognition where party_id = :id").param("id", party)
                .query(Integer.class).single();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
