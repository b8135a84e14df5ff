package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.BrowserCsrf;
import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ADMIN sees every notice, its rendered mail, failed ones flagged, and the incidents of failed send jobs. */
@IntegrationTest
class NoticeAdminIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    NoticeFixtures fixtures;
    long sent;
    long failed;

    @BeforeEach
    void oneSentAndOneFailedNotice() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new NoticeFixtures(context);
        long party = fixtures.party("CQ", "zh-CN", NoticeFixtures.mailbox());
        delivery.deliver(new NoticeRequest("admin-" + party, "Task_SendRecognitionDecision",
                NoticeKind.RECOGNITION_DECISION, party, "RECOGNITION", 1));
        long badParty = fixtures.party("SC", "en", "no-at-sign");
        delivery.deliver(new NoticeRequest("admin-" + badParty, "Task_SendRecognitionDecision",
                NoticeKind.RECOGNITION_DECISION, badParty, "RECOGNITION", 2));
        sent = noticeOf(party);
        failed = noticeOf(badParty);
    }

    @Test
    void anAdminListsNoticesByStatusKindAndProvince() throws Exception {
        mvc.perform(get("/api/admin/notices").param("status", "SENT").param("kind", "RECOGNITION_DECISION")
                        .param("province", "CQ").with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) sent)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) failed))))
                .andExpect(jsonPath("$.items[*].status", not(hasItem("FAILED"))));
        mvc.perform(get("/api/admin/notices").param("status", "FAILED").param("size", "200")
                        .with(user("admin-test").roles("ADMIN")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) failed)));
        mvc.perform(get("/api/admin/notices").param("status", "LOST").with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAdminSeesExactlyWhatWentOut() throws Exception {
        mvc.perform(get("/api/admin/notices/{id}", sent).with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.subject", containsString("结果互认决定通知书")))
                .andExpect(jsonPath("$.htmlBody", containsString("重庆市市场监督管理局")))
                .andExpect(jsonPath("$.textBody", containsString("互认申请作出决定")))
                .andExpect(jsonPath("$.messageId", containsString("@chuanyu-metrology>")));
        mvc.perform(get("/api/admin/notices/{id}", failed).with(user("admin-test").roles("ADMIN")))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.lastError", containsString("AddressException")));
        mvc.perform(get("/api/admin/notices/{id}", Long.MAX_VALUE).with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNoticesPageSaysMailGoesOutAtLeastOnceAndWhenADuplicateCanHappen() throws Exception {
        mvc.perform(get("/admin/notices").with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("至少发送一次")))
                .andExpect(content().string(containsString("固定的 Message-ID")))
                .andExpect(content().string(containsString("节点故障或数据库中断")))
                .andExpect(content().string(containsString("等待 <span>120</span> 秒仍未答复")));
    }

    @Test
    void onlyAnAdminMayLookOrRetry() throws Exception {
        mvc.perform(get("/api/admin/notices")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/notices").with(user("inspector-test").roles("INSPECTOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/incidents").with(user("supervisor-test").roles("SUPERVISOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/incidents/{id}/retry", "nope").with(user("inspector-test").roles("INSPECTOR"))
                .with(BrowserCsrf.of(mvc))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/notices").with(user("inspector-test").roles("INSPECTOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void retryingAnUnknownIncidentIsNotFound() throws Exception {
        mvc.perform(post("/api/admin/incidents/{id}/retry", "no-such-incident")
                .with(user("admin-test").roles("ADMIN")).with(BrowserCsrf.of(mvc))).andExpect(status().isNotFound());
        mvc.perform(get("/api/admin/incidents").with(user("admin-test").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theSentNoticesPageFlagsFailuresAndShowsTheRenderedMail() throws Exception {
        mvc.perform(get("/admin/notices").param("province", "CQ").with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已发送通知书")))
                .andExpect(content().string(containsString("份通知书发送失败")))
                .andExpect(content().string(containsString("/admin/notices/" + sent)));
        mvc.perform(get("/admin/notices/{id}", sent).with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("互认申请作出决定")))
                .andExpect(content().string(containsString("srcdoc=\"&lt;!DOCTYPE html&gt;")));
    }

    @Test
    void aFailedNoticeIsSentAgainToTheCorrectedAddressOnceAndOnlyIfItFailed() throws Exception {
        String corrected = NoticeFixtures.mailbox();
        mvc.perform(get("/admin/notices/{id}", failed).with(user("admin-test").roles("ADMIN")))
                .andExpect(content().string(containsString("resend-form")));
        mvc.perform(post("/admin/notices/{id}/resend", failed).with(user("admin-test").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/notices/{id}/resend", failed).with(user("inspector-test").roles("INSPECTOR"))
                .with(BrowserCsrf.of(mvc))).andExpect(status().isForbidden());
        assertThat(fixtures.messagesTo(corrected)).isEmpty();

        jdbc.sql("update party set contact_emails = :emails where id = (select party_id from notice where id = :id)")
                .param("emails", new String[] {corrected}).param("id", failed).update();
        mvc.perform(post("/admin/notices/{id}/resend", failed).with(user("admin-test").roles("ADMIN"))
                        .with(BrowserCsrf.of(mvc)))
                .andExpect(status().isFound());

        mvc.perform(get("/admin/notices/{id}", failed).with(user("admin-test").roles("ADMIN")))
                .andExpect(content().string(not(containsString("resend-form"))))
                .andExpect(content().string(containsString(corrected)));
        assertThat(fixtures.messagesTo(corrected)).hasSize(1);
        assertThat(jdbc.sql("select status from notice where id = :id").param("id", failed).query(String.class)
                .single()).isEqualTo("SENT");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'NOTICE_RESENT' and subject_id = :id")
                .param("id", Long.toString(failed)).query(Long.class).single()).isOne();

        mvc.perform(post("/api/admin/notices/{id}/resend", failed).with(user("admin-test").roles("ADMIN"))
                .with(BrowserCsrf.of(mvc))).andExpect(status().isConflict());
        mvc.perform(post("/api/admin/notices/{id}/resend", sent).with(user("admin-test").roles("ADMIN"))
                .with(BrowserCsrf.of(mvc))).andExpect(status().isConflict());
        assertThat(fixtures.messagesTo(corrected)).hasSize(1);
    }

    private long noticeOf(long party) {
        return jdbc.sql("select id from notice where party_id = :p").param("p", party).query(Long.class).single();
    }
}
