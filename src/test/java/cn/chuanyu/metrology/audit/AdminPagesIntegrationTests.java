package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' users and audit pages: read-only lists, escaped details, and the chain check on a button. */
@IntegrationTest
class AdminPagesIntegrationTests {

    private static final String PASSWORD = "Admin-Pages-2026!";
    private static final String XSS = "<script>alert('audit')</script>";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    String admin;
    String supervisor;

    @BeforeEach
    void accounts() {
        admin = account(Role.ADMIN, null);
        supervisor = account(Role.SUPERVISOR, "CQ");
    }

    @Test
    void anAdministratorSeesEveryAccountWithRoleAndProvinceAndOthersAreRefused() {
        HttpResponse<String> users = PageSession.signedIn(port, admin, PASSWORD).get("/admin/users");

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains(">" + supervisor + "</a></td>", "审核人", "重庆市");
        assertThat(users.body()).as("the administrator's menu").contains("href=\"/campaigns\"",
                "href=\"/recognitions\"", "href=\"/admin/users\"", "href=\"/admin/audit\"");
        assertThat(users.body()).doesNotContain("password_hash").doesNotContain("$2a$").doesNotContain("{bcrypt}");
        assertThat(PageSession.signedIn(port, supervisor, PASSWORD).get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, supervisor, PASSWORD).get("/admin/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditPageShowsRecordsEscapedAndTheChainCheckFindsATamperedRecord() {
        String subject = UUID.randomUUID().toString();
        auditLog.recordAs("page-tester", AuditEntry.of("PAGE_TEST", "test", subject).with(Map.of("note", XSS)));
        AuditRecord target = trail.find(new AuditQuery(null, "PAGE_TEST", "test", subject, 0, 1)).records().get(0);
        PageSession session = PageSession.signedIn(port, admin, PASSWORD);

        HttpResponse<String> log = session.get("/admin/audit?action=PAGE_TEST&actor=page-tester");
        assertThat(log.body()).contains(subject, "&lt;script&gt;").doesNotContain(XSS);
        assertThat(session.get("/admin/audit/verify").body()).contains("审计链完整");

        withoutTrigger("update audit_record set actor = 'mallory' where sequence_no = " + target.sequence());
        try {
            assertThat(session.get("/admin/audit/verify").body())
                    .contains("哈希链在第 " + String.format("%,d", target.sequence()) + " 条记录处断开");
        } finally {
            withoutTrigger("update audit_record set actor = 'page-tester' where sequence_no = " + target.sequence());
        }
        assertThat(session.get("/admin/audit/verify").body()).contains("审计链完整");
    }

    private void withoutTrigger(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_record disable trigger audit_record_no_update_or_delete").update();
            jdbc.sql(sql).update();
            jdbc.sql("alter table audit_record enable trigger audit_record_no_update_or_delete").update();
        });
    }

    private String account(Role role, String province) {
        String username = "pages" + UUID.randomUUID().toString().substring(0, 8);
        Long staffId = role == Role.ADMIN ? null : jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, province) values (:no, :role, :name, :province)
                        returning id""")
                .param("no", username).param("role", role.name()).param("name", "页面测试人员")
                .param("province", province).query(Long.class).single();
        accounts.create(new UserAccounts.NewAccount(username, encoder.encode(PASSWORD), username, role, province,
                staffId));
        return username;
    }
}
