package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.Contributions;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on the pages: form posts without the CSRF token from a signed-in session, another province's campaign
 * reached by its id, and markup in a campaign name. Each is refused or shown as text, and nothing is stored.
 */
@IntegrationTest
class PageAttackIntegrationTests {

    private static final String PASSWORD = "Page-Attack-2026!";
    private static final String XSS = "<img src=x onerror=alert(1)><script>alert('name')</script>";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Contributions contributions;

    @Test
    void everyPageFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Set<String> posts = pageFormPosts();
        assertThat(posts).contains("/campaigns", "/campaigns/{id}/open", "/recognitions/{id}/decision",
                "/admin/parties/{id}", "/tasks/{taskId}/findings");
        for (Role role : List.of(Role.ADMIN, Role.SUPERVISOR, Role.INSPECTOR)) {
            String username = account(role, role == Role.ADMIN ? null : "SC");
            PageSession session = PageSession.signedIn(port, username, PASSWORD);
            long audited = audited(username);
            for (String path : posts) {
                int status = session.postWithoutToken(path.replaceAll("\\{[^}]+}", "987654321"),
                        Map.of("name", XSS, "decision", "ACCEPT", "seed", "1")).statusCode();
                assertThat(status).as("%s posting %s without a CSRF token", role, path).isEqualTo(403);
            }
            assertThat(audited(username)).as("acts recorded for " + username).isEqualTo(audited);
        }
        assertThat(posts.size() * 3).as("bad posts tried").isGreaterThanOrEqualTo(30);
    }

    @Test
    void anotherProvincesCampaignIsNotFoundOnEveryCampaignPageAndItsNameIsShownAsText() {
        String sc = account(Role.SUPERVISOR, "SC");
        String cq = account(Role.SUPERVISOR, "CQ");
        Campaign campaign = campaigns.create(new NewCampaign(XSS, PartyKind.AUTHORISED_BODY, Set.of("WATER_METER"),
                Set.of("SC"), false, 1, null, Map.of(), 2, 20, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 1), null, null, null),
                accounts.loadUserByUsername(sc));
        String page = "/campaigns/" + campaign.id();

        PageSession other = PageSession.signedIn(port, cq, PASSWORD);
        assertThat(other.get(page).statusCode()).isEqualTo(404);
        assertThat(other.get(page + "/state").statusCode()).isEqualTo(404);
        assertThat(other.post("/campaigns", page + "/beacon", Map.of("beaconSource", "上证指数 2027-01-04 收盘",
                "beaconDueAt", "2030-01-04T15:30")).statusCode()).isEqualTo(404);
        assertThat(other.post("/campaigns", page + "/commitments", Map.of("contributor", "SUPERVISOR_CQ",
                "sha256", "0".repeat(64))).statusCode()).isEqualTo(404);
        assertThat(other.post("/campaigns", page + "/reveals", Map.of("contributor", "BEACON", "value", "42",
                "confirmValue", "42")).statusCode()).isEqualTo(404);
        assertThat(other.post("/campaigns", page + "/open", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.post("/campaigns", page + "/verify", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.get("/campaigns").body()).doesNotContain(page + "\"");
        Campaign after = campaigns.find(campaign.id(), accounts.loadUserByUsername(sc));
        assertThat(contributions.of(campaign.id())).extracting(c -> c.contributor().name()).containsExactly("SERVER");
        assertThat(after.status().name()).isEqualTo("PLANNED");

        PageSession own = PageSession.signedIn(port, sc, PASSWORD);
        for (String shown : List.of("/campaigns", "/campaigns?status=PLANNED", page)) {
            String body = own.get(shown).body();
            assertThat(body).as(shown).contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
                    .doesNotContain(XSS).doesNotContain("<img src=x");
        }
    }

    /** Every POST of a page controller (not of the JSON API). */
    private Set<String> pageFormPosts() {
        Set<String> posts = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            boolean ours = method.getBeanType().getPackageName().startsWith("cn.chuanyu.metrology");
            boolean page = !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                    && !method.hasMethodAnnotation(ResponseBody.class);
            if (ours && page && info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                posts.addAll(info.getPatternValues());
            }
        });
        return posts;
    }

    private long audited(String username) {
        return jdbc.sql("select count(*) from audit_record where actor = :actor").param("actor", username)
                .query(Long.class).single();
    }

    private String account(Role role, String province) {
        String username = "attack" + UUID.randomUUID().toString().substring(0, 8);
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
