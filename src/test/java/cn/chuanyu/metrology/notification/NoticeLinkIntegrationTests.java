package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.BrowserCsrf;
import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.notification.links.LinkClaims;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.notification.links.LinkSigner;
import cn.chuanyu.metrology.notification.links.LinkVariants;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The signed links in notices: each works once for its purpose, party and inspection; every misuse changes nothing. */
@IntegrationTest
class NoticeLinkIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("/notice/(acknowledge|rectification)\\?t=([A-Za-z0-9_\\-.]+)");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WebApplicationContext context;
    @Autowired
    NoticeSettings settings;

    NoticeFixtures fixtures;
    MockMvc mvc;
    String mailbox;
    long party;
    long inspection;
    String processInstanceId;

    @BeforeEach
    void inspectionWithNotice() {
        fixtures = new NoticeFixtures(context);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mailbox = NoticeFixtures.mailbox();
        party = fixtures.party("SC", "zh-CN", mailbox);
        inspection = fixtures.open(party, "SC");
        processInstanceId = fixtures.processOf(inspection);
    }

    @Test
    void theAcknowledgeLinkInTheNoticeWorksOnceWithoutAnAccount() throws Exception {
        String token = tokenIn("计量监督检查通知书", "acknowledge");

        mvc.perform(get("/notice/acknowledge").param("t", token)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("确认收到")));
        mvc.perform(post("/notice/acknowledge").param("t", token).with(BrowserCsrf.of(mvc))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已确认收到通知书")));
        assertThat(events("NOTICE_ACKNOWLEDGED")).isEqualTo(1);

        refused(mvc.perform(post("/notice/acknowledge").param("t", token).with(BrowserCsrf.of(mvc))), 409, "已使用过");
        refused(mvc.perform(get("/notice/acknowledge").param("t", token)), 409, "已使用过");
        assertThat(events("NOTICE_ACKNOWLEDGED")).isEqualTo(1);
    }

    @Test
    void theAcknowledgePageCallsThePlannedDateThePlannedDateAndShowsTheInspectionDateOnceRecorded() throws Exception {
        String token = tokenIn("计量监督检查通知书", "acknowledge");

        String before = mvc.perform(get("/notice/acknowledge").param("t", token)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(before).contains("计划检查日期", "2026年12月7日").doesNotContain("inspected-on");

        // the day the on-site task records as the inspection day
        jdbc.sql("update inspection set inspected_on = date '2026-12-09' where id = :id").param("id", inspection)
                .update();
        String after = mvc.perform(get("/notice/acknowledge").param("t", token)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(after).contains("计划检查日期", "2026年12月7日", "inspected-on", "2026年12月9日");
    }

    @Test
    void aPartyWhoseNoticesAreInEnglishAnswersItsLinkOnPagesInEnglish() throws Exception {
        String english = NoticeFixtures.mailbox();
        long englishParty = fixtures.party("SC", "en", english);
        fixtures.open(englishParty, "SC");
        String name = jdbc.sql("select name_en from party where id = :id").param("id", englishParty)
                .query(String.class).single();
        String text = NoticeFixtures.part(fixtures.awaitMessage(english, "Notice of metrology inspection"),
                "text/plain");
        Matcher link = TOKEN.matcher(text);
        assertThat(link.find()).as("a link in " + text).isTrue();
        String token = link.group(2);

        String form = mvc.perform(get("/notice/acknowledge").param("t", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).contains("<html lang=\"en\"", "Acknowledge receipt of the notice",
                "Sichuan Administration for Market Regulation", "7 December 2026",
                org.springframework.web.util.HtmlUtils.htmlEscape(name)).doesNotContain("确认收到", "受检单位");
        String done = mvc.perform(post("/notice/acknowledge").param("t", token).with(BrowserCsrf.of(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(done).contains("<html lang=\"en\"", "Your acknowledgement of the notice is recorded");
        String again = mvc.perform(get("/notice/acknowledge").param("t", token)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("The link has been used already", "Nothing was changed");

        String chinese = mvc.perform(get("/notice/acknowledge").param("t", tokenIn("计量监督检查通知书", "acknowledge")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(chinese).contains("<html lang=\"zh-CN\"", "确认收到通知书");
    }

    @Test
    void aUsedAcknowledgeLinkSpelledAnyOtherWayIsRefusedAsForgedAndGrantsNoSecondUse() throws Exception {
        String token = tokenIn("计量监督检查通知书", "acknowledge");
        for (String variant : LinkVariants.of(token)) {
            refused(mvc.perform(get("/notice/acknowledge").param("t", variant)), 403, "无效");
        }
        mvc.perform(post("/notice/acknowledge").param("t", token).with(BrowserCsrf.of(mvc))).andExpect(status().isOk());

        for (String variant : LinkVariants.of(token)) {
            refused(mvc.perform(post("/notice/acknowledge").param("t", variant).with(BrowserCsrf.of(mvc))), 403, "无效");
            refused(mvc.perform(get("/notice/acknowledge").param("t", variant)), 403, "无效");
        }
        refused(mvc.perform(post("/notice/acknowledge").param("t", token).with(BrowserCsrf.of(mvc))), 409, "已使用过");

        String signature = token.substring(token.indexOf('.') + 1);
        assertThat(LinkVariants.sameBytes(token)).as("the padded and last-character variants were tried")
                .anyMatch(variant -> variant.endsWith("." + signature + "="))
                .anyMatch(variant -> !variant.endsWith(signature) && !variant.endsWith("="));
        assertThat(events("NOTICE_ACKNOWLEDGED")).isEqualTo(1);
        assertThat(uses()).as("one row per granted use").isEqualTo(1);
    }

    @Test
    void aUsedRectificationLinkSpelledAnyOtherWayIsRefusedAsForgedAndHandsInNothingMore() throws Exception {
        fixtures.finding(inspection, "MAJOR", "检定记录不完整");
        fixtures.reachRectification(processInstanceId);
        String token = tokenIn("限期整改通知书", "rectification");
        mvc.perform(multipart("/notice/rectification").file(file("photo.png", PNG))
                        .param("t", token).param("statement", "已补充检定记录").with(BrowserCsrf.of(mvc)))
                .andExpect(status().isOk());

        for (String variant : LinkVariants.of(token)) {
            refused(mvc.perform(multipart("/notice/rectification").file(file("photo.png", PNG))
                    .param("t", variant).param("statement", "again").with(BrowserCsrf.of(mvc))), 403, "无效");
            refused(mvc.perform(get("/notice/rectification").param("t", variant)), 403, "无效");
        }

        assertThat(evidence()).isEqualTo(1);
        assertThat(events("RECTIFICATION_SUBMITTED")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notice_link_use where inspection_id = :id and purpose = 'RECTIFICATION'")
                .param("id", inspection).query(Integer.class).single()).as("one row per granted use").isEqualTo(1);
    }

    @Test
    void aUseIsKeyedOnWhatTheLinkGrantsSoTheSameGrantIsNeverUsedTwice() throws Exception {
        String token = tokenIn("计量监督检查通知书", "acknowledge");
        mvc.perform(post("/notice/acknowledge").param("t", token).with(BrowserCsrf.of(mvc))).andExpect(status().isOk());

        assertThat(jdbc.sql("""
                        select count(*) from notice_link_use
                        where inspection_id = :id and party_id = :party and purpose = 'ACKNOWLEDGE'
                          and expires_at is not null and token_sha256 is null""")
                .param("id", inspection).param("party", party).query(Integer.class).single()).isEqualTo(1);
        LinkClaims granted = new LinkSigner(settings.linkSecret()).verify(token, LinkPurpose.ACKNOWLEDGE,
                Instant.now());
        assertThat(new LinkSigner(settings.linkSecret()).sign(granted)).as("one spelling per grant").isEqualTo(token);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        String token = tokenIn("计量监督检查通知书", "acknowledge");

        mvc.perform(post("/notice/acknowledge").param("t", token)).andExpect(status().isForbidden());
        assertThat(events("NOTICE_ACKNOWLEDGED")).isZero();
        assertThat(uses()).isZero();
    }

    @Test
    void tamperedExpiredWrongPurposeAndWrongPartyLinksAreRefusedAndChangeNothing() throws Exception {
        String token = tokenIn("计量监督检查通知书", "acknowledge");
        LinkSigner signer = new LinkSigner(settings.linkSecret());
        long otherParty = fixtures.party("SC", "zh-CN", NoticeFixtures.mailbox());
        Instant later = Instant.now().plusSeconds(3600);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        refused(mvc.perform(post("/notice/acknowledge").param("t", tampered).with(BrowserCsrf.of(mvc))), 403, "无效");
        refused(mvc.perform(post("/notice/acknowledge").param("t", "nonsense").with(BrowserCsrf.of(mvc))), 403, "无效");
        refused(mvc.perform(get("/notice/acknowledge")), 403, "无效");
        String expired = signer.sign(new LinkClaims(LinkPurpose.ACKNOWLEDGE, inspection, party,
                Instant.now().minusSeconds(60)));
        refused(mvc.perform(post("/notice/acknowledge").param("t", expired).with(BrowserCsrf.of(mvc))), 403, "已过期");
        refused(mvc.perform(get("/notice/rectification").param("t", token)), 403, "无效");
        String wrongParty = signer.sign(new LinkClaims(LinkPurpose.ACKNOWLEDGE, inspection, otherParty, later));
        refused(mvc.perform(post("/notice/acknowledge").param("t", wrongParty).with(BrowserCsrf.of(mvc))), 403, "不符");
        refused(mvc.perform(get("/notice/acknowledge").param("t", wrongParty)), 403, "不符");
        String unknown = signer.sign(new LinkClaims(LinkPurpose.ACKNOWLEDGE, Long.MAX_VALUE, party, later));
        refused(mvc.perform(post("/notice/acknowledge").param("t", unknown).with(BrowserCsrf.of(mvc))), 403, "不符");

        assertThat(events("NOTICE_ACKNOWLEDGED")).isZero();
        assertThat(uses()).isZero();
    }

    @Test
    void theRectificationLinkHandsInEvidenceAndWakesTheWaitingInspectionOnce() throws Exception {
        fixtures.finding(inspection, "MAJOR", "检定记录不完整");
        fixtures.reachRectification(processInstanceId);
        String token = tokenIn("限期整改通知书", "rectification");

        mvc.perform(get("/notice/rectification").param("t", token)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("检定记录不完整")));
        mvc.perform(multipart("/notice/rectification").file(file("note.txt", "just text".getBytes()))
                        .param("t", token).param("statement", "已补充检定记录").with(BrowserCsrf.of(mvc)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("文件类型不支持")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已补充检定记录")));
        mvc.perform(multipart("/notice/rectification").file(file("photo.png", PNG))
                        .param("t", token).param("statement", " ").with(BrowserCsrf.of(mvc)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写整改情况说明")));
        assertThat(evidence()).isZero();
        assertThat(uses()).isZero();
        assertThat(runtime.getActiveActivityIds(processInstanceId)).contains("Task_AwaitRectification");

        mvc.perform(multipart("/notice/rectification").file(file("photo.png", PNG))
                        .param("t", token).param("statement", "已补充检定记录").with(BrowserCsrf.of(mvc)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("整改材料已提交")));
        assertThat(evidence()).isEqualTo(1);
        assertThat(events("RECTIFICATION_SUBMITTED")).isEqualTo(1);
        fixtures.awaitWaitingAt(processInstanceId, "Task_VerifyRectification");

        refused(mvc.perform(multipart("/notice/rectification").file(file("photo.png", PNG))
                .param("t", token).param("statement", "again").with(BrowserCsrf.of(mvc))), 409, "已使用过");
        LinkSigner signer = new LinkSigner(settings.linkSecret());
        String fresh = signer.sign(new LinkClaims(LinkPurpose.RECTIFICATION, inspection, party,
                Instant.now().plusSeconds(3600)));
        refused(mvc.perform(get("/notice/rectification").param("t", fresh)), 409, "当前不需要");
        refused(mvc.perform(multipart("/notice/rectification").file(file("photo.png", PNG))
                .param("t", fresh).param("statement", "again").with(BrowserCsrf.of(mvc))), 409, "当前不需要");
        assertThat(evidence()).isEqualTo(1);
        assertThat(events("RECTIFICATION_SUBMITTED")).isEqualTo(1);
    }

    private String tokenIn(String subject, String purpose) {
        String text = NoticeFixtures.part(fixtures.awaitMessage(mailbox, subject), "text/plain");
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(purpose)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("no " + purpose + " link in " + text);
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    private static void refused(ResultActions result, int status, String words) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("链接无法使用")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(words)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未作任何更改")));
    }

    private int events(String action) {
        return jdbc.sql("select count(*) from inspection_event where inspection_id = :id and action = :action")
                .param("id", inspection).param("action", action).query(Integer.class).single();
    }

    private int uses() {
        return jdbc.sql("select count(*) from notice_link_use where inspection_id = :id").param("id", inspection)
                .query(Integer.class).single();
    }

    private int evidence() {
        return jdbc.sql("select count(*) from evidence where inspection_id = :id").param("id", inspection)
                .query(Integer.class).single();
    }
}
