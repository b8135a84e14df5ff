package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exploit shapes of the engine's known CVEs (README "Known engine CVEs"), sent as an administrator with every
 * credential and token they need, through {@code /engine-rest}, the Tasklist's API and the Admin webapp's API: the
 * JUEL expression would create a Camunda user if it were evaluated; nothing is evaluated and nothing is created.
 */
@IntegrationTest
class KnownEngineCvesIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    FilterService filters;

    TestAccounts accounts;
    final List<String> createdFilters = new ArrayList<>();

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(userAccounts, encoder, jdbc);
    }

    @AfterEach
    void removeFilters() {
        createdFilters.forEach(filters::deleteFilter);
    }

    @Test
    void anExpressionInANestedOrQueryOfTheEngineRestTaskQueryIsRefusedUnevaluated() {
        Browser program = new Browser(port).withBasic(accounts.admin(), TestAccounts.PASSWORD);
        String victim = probeUser();

        for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count"}) {
            HttpResponse<String> answer = program.send("POST", path, JSON, nestedExpression(victim), Map.of());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("Expressions are forbidden in adhoc queries");
        }

        assertThat(identity.createUserQuery().userId(victim).count()).isZero();
    }

    @Test
    void theSameShapeThroughTheTasklistsOwnApiIsRefusedUnevaluated() {
        Browser administrator = new Browser(port);
        administrator.signIn(accounts.admin(), TestAccounts.PASSWORD);
        String token = administrator.camundaCsrfToken();
        String victim = probeUser();

        HttpResponse<String> answer = administrator.send("POST", "/camunda/api/engine/engine/default/task", JSON,
                nestedExpression(victim), Map.of("X-XSRF-TOKEN", token));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(identity.createUserQuery().userId(victim).count()).isZero();
    }

    @Test
    void aNestedExpressionAddedToAFiltersQueryIsRefusedUnevaluated() {
        Browser program = new Browser(port).withBasic(accounts.admin(), TestAccounts.PASSWORD);
        String filterId = saveFilter(new TaskQueryImpl());
        String victim = probeUser();

        HttpResponse<String> answer = program.send("POST", "/engine-rest/filter/" + filterId + "/list", JSON,
                nestedExpression(victim), Map.of());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Expressions are forbidden in adhoc queries");
        assertThat(identity.createUserQuery().userId(victim).count()).isZero();
    }

    @Test
    void aFilterWithAnExpressionIsNotStoredNestedOrAtTheTopLevel() {
        Browser program = new Browser(port).withBasic(accounts.admin(), TestAccounts.PASSWORD);
        String nestedVictim = probeUser();
        String topLevelVictim = probeUser();
        String name = "cve-" + UUID.randomUUID();

        HttpResponse<String> nested = program.send("POST", "/engine-rest/filter/create", JSON, "{\"resourceType\":"
                + "\"Task\",\"name\":\"" + name + "\",\"query\":" + nestedExpression(nestedVictim) + "}", Map.of());
        HttpResponse<String> topLevel = program.send("POST", "/engine-rest/filter/create", JSON, "{\"resourceType\":"
                + "\"Task\",\"name\":\"" + name + "\",\"query\":{\"assigneeExpression\":\""
                + creatingUser(topLevelVictim) + "\"}}", Map.of());

        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("Expressions are forbidden in stored queries");
        assertThat(topLevel.statusCode()).isEqualTo(400);
        assertThat(filters.createFilterQuery().filterName(name).count()).isZero();
        assertThat(identity.createUserQuery().userIdIn(nestedVictim, topLevelVictim).count()).isZero();
    }

    @Test
    void aFilterStoredWithANestedExpressionBeforeThisReleaseIsRefusedWhenRunUnevaluated() {
        Browser program = new Browser(port).withBasic(accounts.admin(), TestAccounts.PASSWORD);
        String victim = probeUser();
        TaskQueryImpl query = new TaskQueryImpl();
        query.or().taskAssigneeExpression(creatingUser(victim)).endOr();
        String filterId = saveFilter(new TaskQueryImpl());
        // as an earlier version (or an insider with database access) could have stored it
        jdbc.sql("update public.act_ru_filter set query_ = :query where id_ = :id")
                .param("query", new JsonTaskQueryConverter().toJson(query)).param("id", filterId).update();

        HttpResponse<String> answer = program.get("/engine-rest/filter/" + filterId + "/list");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Expressions are forbidden in stored queries");
        assertThat(identity.createUserQuery().userId(victim).count()).isZero();
    }

    @Test
    void orQueriesWithoutExpressionsStillWork() {
        Browser program = new Browser(port).withBasic(accounts.admin(), TestAccounts.PASSWORD);

        HttpResponse<String> answer = program.send("POST", "/engine-rest/task", JSON,
                "{\"orQueries\":[{\"assignee\":\"nobody-" + UUID.randomUUID() + "\"},{\"name\":\"none\"}]}", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[]");
    }

    @Test
    void theAdminWebappsFirstRunSetUpCreatesNoAdministratorForAnybody() {
        String victim = probeUser();
        String newUser = "{\"profile\":{\"id\":\"" + victim + "\",\"firstName\":\"Set\",\"lastName\":\"Up\","
                + "\"email\":\"setup@example.cn\"},\"credentials\":{\"password\":\"set-up-password-2026\"}}";
        Browser anonymous = new Browser(port);
        Browser administrator = new Browser(port);
        administrator.signIn(accounts.admin(), TestAccounts.PASSWORD);
        String token = administrator.camundaCsrfToken();

        HttpResponse<String> byAnonymous = anonymous.send("POST", "/camunda/api/admin/setup/default/user/create",
                JSON, newUser, Map.of());
        HttpResponse<String> byAdministrator = administrator.send("POST",
                "/camunda/api/admin/setup/default/user/create", JSON, newUser, Map.of("X-XSRF-TOKEN", token));

        assertThat(byAnonymous.statusCode()).isIn(401, 403);
        assertThat(byAdministrator.statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId(victim).count()).isZero();
        assertThat(userAccounts.find(victim)).isEmpty();
    }

    /** A user id that does not exist yet; the exploit would create it. */
    private static String probeUser() {
        return "cve-probe-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** JUEL that creates a Camunda user when evaluated, and yields a string so the query would go on. */
    private static String creatingUser(String userId) {
        return "${identityService.saveUser(identityService.newUser('" + userId + "')) == null ? 'x' : 'y'}";
    }

    private static String nestedExpression(String userId) {
        return "{\"orQueries\":[{\"assigneeExpression\":\"" + creatingUser(userId) + "\"}]}";
    }

    private String saveFilter(TaskQueryImpl query) {
        Filter filter = filters.newTaskFilter("cve-" + UUID.randomUUID()).setQuery(query);
        filters.saveFilter(filter);
        createdFilters.add(filter.getId());
        return filter.getId();
    }
}
