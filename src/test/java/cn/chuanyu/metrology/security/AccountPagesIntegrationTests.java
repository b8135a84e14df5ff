package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.web.PageSession;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators open accounts for staff, and disable, unlock and re-password them: what they typed wrong is said
 * beside the field, and a disabled or re-passworded account is signed out at once.
 */
@IntegrationTest
class AccountPagesIntegrationTests {

    private static final String PASSWORD = "Account-Pages-2026!";
    private static final String NEW_PASSWORD = "Fresh-Start-2026-Nov";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;

    String admin;
    PageSession adminSession;

    @BeforeEach
    void anAdministrator() {
        admin = unique("admin");
        accounts.create(new UserAccounts.NewAccount(admin, encoder.encode(PASSWORD), "账户测试管理员", Role.ADMIN,
                null, null));
        adminSession = PageSession.signedIn(port, admin, PASSWORD);
    }

    @Test
    void anAccountOpenedForAStaffMemberTakesRoleProvinceAndNameFromTheStaffRecordAndCanSignIn() {
        String staffNo = staff("SUPERVISOR", "CQ", true);
        String username = unique("j.li");

        HttpResponse<String> created = adminSession.post("/admin/users/new", "/admin/users",
                Map.of("username", username, "staffNo", staffNo, "displayName", "", "password", PASSWORD));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users/" + username);
        assertThat(adminSession.get("/admin/users/" + username).body())
                .contains("账户已创建。", "审核人", "重庆市", "李" + staffNo);
        assertThat(accounts.find(username).orElseThrow().province()).isEqualTo("CQ");
        assertThat(identity.createUserQuery().userId(username).count()).as("mirrored to Camunda").isOne();
        assertThat(audited("ACCOUNT_CREATED", username)).isOne();
        assertThat(PageSession.signedIn(port, username, PASSWORD).get("/recognitions").statusCode()).isEqualTo(200);
    }

    @Test
    void whatIsWrongIsSaidBesideEachFieldWithWhatWasTypedAndNothingIsCreated() {
        String inactive = staff("INSPECTOR", "SC", false);
        long before = accountCount();

        HttpResponse<String> refused = adminSession.post("/admin/users/new", "/admin/users",
                Map.of("username", "x y", "staffNo", inactive, "displayName", "", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("只能使用字母、数字", "该人员已停用", "密码不符合要求",
                "value=\"" + inactive + "\"", "value=\"x y\"");
        assertThat(accountCount()).isEqualTo(before);

        HttpResponse<String> unknown = adminSession.post("/admin/users/new", "/admin/users",
                Map.of("username", admin, "staffNo", "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8),
                        "displayName", "", "password", PASSWORD));
        assertThat(unknown.body()).contains("该用户名已被使用", "没有该人员编号的人员");

        HttpResponse<String> administrator = adminSession.post("/admin/users/new", "/admin/users",
                Map.of("username", unique("ops"), "staffNo", "", "displayName", "", "password", PASSWORD));
        assertThat(administrator.body()).contains("必填");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void aDisabledAccountIsSignedOutAtOnceAndCannotSignInUntilEnabled() {
        String user = account("SC");
        PageSession userSession = PageSession.signedIn(port, user, PASSWORD);
        assertThat(userSession.get("/tasks").statusCode()).isEqualTo(200);

        adminSession.post("/admin/users/" + user, "/admin/users/" + user + "/enabled", Map.of("value", "false"));

        assertThat(adminSession.get("/admin/users/" + user).body()).contains("账户已停用，已退出其所有登录。", "已停用");
        assertThat(userSession.get("/tasks").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(signInRedirect(user, PASSWORD)).contains("error");
        assertThat(audited("ACCOUNT_DISABLED", user)).isOne();

        adminSession.post("/admin/users/" + user, "/admin/users/" + user + "/enabled", Map.of("value", "true"));
        assertThat(signInRedirect(user, PASSWORD)).doesNotContain("error");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        HttpResponse<String> refused = adminSession.post("/admin/users/" + admin, "/admin/users/" + admin + "/enabled",
                Map.of("value", "false"));

        assertThat(refused.body()).contains("不能停用自己正在使用的账户");
        assertThat(accounts.find(admin).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void aLockoutIsLiftedAndANewPasswordReplacesTheOldOneEverywhere() {
        String user = account("CQ");
        PageSession userSession = PageSession.signedIn(port, user, PASSWORD);
        jdbc.sql("update app_user set failed_logins = 5, locked_until = now() + interval '15 minutes'"
                + " where username = :u").param("u", user).update();
        assertThat(adminSession.get("/admin/users/" + user).body()).contains("已锁定", "解除锁定");

        adminSession.post("/admin/users/" + user, "/admin/users/" + user + "/unlock", Map.of());
        assertThat(accounts.find(user).orElseThrow().isAccountNonLocked()).isTrue();

        HttpResponse<String> weak = adminSession.post("/admin/users/" + user, "/admin/users/" + user + "/password",
                Map.of("password", user + "-password"));
        assertThat(weak.body()).contains("密码不符合要求");

        adminSession.post("/admin/users/" + user, "/admin/users/" + user + "/password",
                Map.of("password", NEW_PASSWORD));
        assertThat(userSession.get("/tasks").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(signInRedirect(user, PASSWORD)).contains("error");
        assertThat(signInRedirect(user, NEW_PASSWORD)).doesNotContain("error");
        assertThat(audited("PASSWORD_SET", user)).isOne();
        assertThat(audited("ACCOUNT_UNLOCKED", user)).isOne();
    }

    @Test
    void onlyAdministratorsReachTheAccountPages() {
        String supervisor = account("SC");
        PageSession session = PageSession.signedIn(port, supervisor, PASSWORD);

        assertThat(session.get("/admin/users/new").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/users/" + admin).statusCode()).isEqualTo(403);
        assertThat(session.post("/tasks", "/admin/users/" + admin + "/enabled", Map.of("value", "false"))
                .statusCode()).isEqualTo(403);
        assertThat(accounts.find(admin).orElseThrow().isEnabled()).isTrue();
        assertThat(adminSession.get("/admin/users/nobody-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private String account(String province) {
        String staffNo = staff("SUPERVISOR", province, true);
        String username = unique("u");
        long staffId = jdbc.sql("select id from staff where staff_no = :no").param("no", staffNo)
                .query(Long.class).single();
        accounts.create(new UserAccounts.NewAccount(username, encoder.encode(PASSWORD), username, Role.SUPERVISOR,
                province, staffId));
        return username;
    }

    private String staff(String role, String province, boolean active) {
        String staffNo = "AP" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into staff (staff_no, role, name_zh, province, active) values (:no, :role, :name, :p, :a)")
                .param("no", staffNo).param("role", role).param("name", "李" + staffNo).param("p", province)
                .param("a", active).update();
        return staffNo;
    }

    private String signInRedirect(String username, String password) {
        return PageSession.anonymous(port).post("/login", "/login", Map.of("username", username,
                "password", password)).headers().firstValue("Location").orElse("");
    }

    private long accountCount() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_record where action = :a and subject_id = :u")
                .param("a", action).param("u", username).query(Long.class).single();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
