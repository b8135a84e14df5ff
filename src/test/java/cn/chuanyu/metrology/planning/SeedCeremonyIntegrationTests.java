package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.planning.outside.IndependentDrawCheck;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed ceremony of chuanyu-draw/2 tried as an adversary would: opening without commitments, changing a
 * published commitment, revealing a value that differs, an insider changing a revealed value in the database, and
 * every path an administrator has (API, pages, engine REST, Cockpit's API, the audit log, the whole database) to
 * the server's contribution before the freeze.
 */
@IntegrationTest
class SeedCeremonyIntegrationTests {

    private static final String SC_SECRET = "四川 dice 3 1 4 1 5 9 2 6 5 3";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ManagementService management;

    PlanningFixtures fixtures;
    String category;
    String scSupervisor;
    String admin;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        category = fixtures.category();
        scSupervisor = fixtures.account(Role.SUPERVISOR, "SC");
        admin = fixtures.account(Role.ADMIN, null);
        for (int i = 0; i < 3; i++) {
            fixtures.party("SC", "MEDIUM", category);
            fixtures.inspector("SC", category);
        }
    }

    @Test
    void aCampaignCannotOpenUntilItsPublicRandomValueIsNamedWithATimeAfterTheFreeze() {
        long id = created(false);

        ResponseEntity<JsonNode> refused = post(scSupervisor, open(id), Map.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().at("/detail").asText()).contains("开启前请先指定公共随机数");
        ResponseEntity<JsonNode> tooSoon = post(scSupervisor, commitments(id), Map.of("contributor", "BEACON",
                "beaconSource", "福利彩票双色球 2027001 期", "beaconDueAt", OffsetDateTime.now().plusMinutes(5).toString()));
        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooSoon.getBody().at("/errors/0/field").asText()).isEqualTo("beaconDueAt");

        assertThat(post(scSupervisor, commitments(id), beacon()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(scSupervisor, open(id), Map.of()).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void aPublishedCommitmentCannotChangeAndTheAttemptIsAudited() {
        long id = created(true);
        String published = contribution(id, "BEACON").at("/commitmentSha256").asText();
        assertThat(post(scSupervisor, commitments(id), secretCommitment(id)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> otherBeacon = post(scSupervisor, commitments(id), Map.of("contributor", "BEACON",
                "beaconSource", "另一期开奖号码", "beaconDueAt", OffsetDateTime.now().plusDays(3).toString()));
        ResponseEntity<JsonNode> otherSecret = post(scSupervisor, commitments(id), Map.of("contributor",
                "SUPERVISOR_SC", "sha256", SeedCeremony.commitment(id, Contributor.SUPERVISOR_SC, "another secret value")));

        assertThat(otherBeacon.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(otherBeacon.getBody().at("/detail").asText()).contains("不能更改");
        assertThat(otherSecret.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(contribution(id, "BEACON").at("/commitmentSha256").asText()).isEqualTo(published);
        assertThat(audited(id, "DRAW_COMMITMENT_CHANGE_REFUSED")).containsExactly(scSupervisor, scSupervisor);
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedCommitmentEvenForAnInsider() {
        long id = created(true);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql(
                        "update draw_contribution set commitment_sha256 = :other where campaign_id = :id")
                .param("other", "0".repeat(64)).param("id", id).update());

        assertThat(refused).rootCause().hasMessageContaining("a published commitment cannot change");
    }

    @Test
    void aRevealThatDiffersFromItsCommitmentIsRefusedAuditedAndTheDrawWaitsForTheRightOne() {
        long id = created(true);
        post(scSupervisor, commitments(id), secretCommitment(id));
        post(scSupervisor, open(id), Map.of("confirmShortfall", true));
        awaitStatus(id, "FROZEN");
        assertThat(post(scSupervisor, reveals(id), beaconValue(id)).getStatusCode())
                .as("the public value waits for the supervisor's secret").isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> wrong = post(scSupervisor, reveals(id), Map.of("contributor", "SUPERVISOR_SC",
                "value", SC_SECRET + " 8"));

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody().at("/errors/0/field").asText()).isEqualTo("value");
        assertThat(wrong.getBody().at("/errors/0/reason").asText()).contains("承诺不符");
        assertThat(audited(id, "DRAW_REVEAL_REFUSED")).containsExactly(scSupervisor, scSupervisor);
        assertThat(status(id)).isEqualTo("FROZEN");
        assertThat(contribution(id, "SUPERVISOR_SC").has("value")).as("nothing revealed").isFalse();

        assertThat(post(scSupervisor, reveals(id), Map.of("contributor", "SUPERVISOR_SC", "value", SC_SECRET))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(scSupervisor, reveals(id), Map.of("contributor", "SUPERVISOR_SC", "value", SC_SECRET))
                .getStatusCode()).as("a value is revealed once").isEqualTo(HttpStatus.CONFLICT);
        assertThat(audited(id, "DRAW_REVEAL_REFUSED")).hasSize(3);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql(
                        "update draw_contribution set value = 'changed afterwards' where campaign_id = :id"
                                + " and contributor = 'SUPERVISOR_SC'").param("id", id).update()))
                .rootCause().hasMessageContaining("a revealed value cannot change");
        assertThat(post(scSupervisor, reveals(id), beaconValue(id)).getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitStatus(id, "STARTED");
        JsonNode record = http.getForObject("/api/public/draws/" + id, JsonNode.class);
        assertThat(record.at("/contributions")).extracting(c -> c.at("/contributor").asText())
                .containsExactly("BEACON", "SERVER", "SUPERVISOR_SC");
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    @Test
    void aValueChangedInTheDatabaseAfterItsRevealKeepsTheDrawFromRunning() {
        long id = created(true);
        post(scSupervisor, commitments(id), secretCommitment(id));
        post(scSupervisor, open(id), Map.of("confirmShortfall", true));
        awaitStatus(id, "FROZEN");
        post(scSupervisor, reveals(id), Map.of("contributor", "SUPERVISOR_SC", "value", SC_SECRET));
        jdbc.sql("alter table draw_contribution disable trigger draw_contribution_write_once").update();
        try {
            jdbc.sql("update draw_contribution set value = :value where campaign_id = :id and contributor = 'SUPERVISOR_SC'")
                    .param("value", "an insider's chosen value").param("id", id).update();
        } finally {
            jdbc.sql("alter table draw_contribution enable trigger draw_contribution_write_once").update();
        }

        assertThat(post(scSupervisor, reveals(id), beaconValue(id)).getStatusCode()).isEqualTo(HttpStatus.OK);

        String process = jdbc.sql("select process_instance_id from campaign where id = :id").param("id", id)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery().processInstanceId(process)
                .withException().count() == 1);
        assertThat(management.createJobQuery().processInstanceId(process).withException().singleResult()
                .getExceptionMessage()).contains("SUPERVISOR_SC", "does not match its commitment");
        assertThat(status(id)).isEqualTo("FROZEN");
        assertThat(jdbc.sql("select count(*) from campaign_selection where campaign_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void nothingAnAdministratorCanReachShowsTheServersContributionOrTheSeedBeforeTheFreeze() {
        long id = created(true);
        String secret = jdbc.sql("select secret from draw_server_secret where campaign_id = :id").param("id", id)
                .query(String.class).single();
        List<JobDefinition> freezes = management.createJobDefinitionQuery().processDefinitionKey("Campaign")
                .activityIdIn("Task_FreezeRegister").list();
        freezes.forEach(definition -> management.suspendJobDefinitionById(definition.getId(), true));
        String process;
        try {
            assertThat(post(scSupervisor, open(id), Map.of("confirmShortfall", true)).getStatusCode())
                    .isEqualTo(HttpStatus.ACCEPTED);
            process = jdbc.sql("select process_instance_id from campaign where id = :id").param("id", id)
                    .query(String.class).single();

            List<String> answers = new ArrayList<>();
            for (String path : List.of("/api/campaigns/" + id, "/api/campaigns/" + id + "/draw",
                    "/api/public/draws/" + id, "/api/admin/audit?subjectType=campaign&subjectId=" + id,
                    "/engine-rest/process-instance/" + process + "/variables",
                    "/engine-rest/variable-instance?processInstanceIdIn=" + process,
                    "/engine-rest/history/variable-instance?processInstanceId=" + process,
                    "/engine-rest/history/detail?processInstanceId=" + process,
                    "/engine-rest/job?processInstanceId=" + process,
                    "/engine-rest/history/activity-instance?processInstanceId=" + process,
                    "/camunda/api/engine/engine/default/process-instance/" + process + "/variables",
                    "/camunda/api/engine/engine/default/history/variable-instance?processInstanceId=" + process)) {
                ResponseEntity<String> answer = http.withBasicAuth(admin, PlanningFixtures.PASSWORD)
                        .getForEntity(path, String.class);
                assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " answers " + answer.getStatusCode())
                        .isTrue();
                answers.add(answer.getBody());
            }
            PageSession pages = PageSession.signedIn(port, admin, PlanningFixtures.PASSWORD);
            answers.add(pages.get("/campaigns/" + id).body());
            answers.add(PageSession.anonymous(port).get("/public/draws/" + id).body());

            assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(secret));
            JsonNode record = http.getForObject("/api/public/draws/" + id, JsonNode.class);
            assertThat(record.has("seed")).as("no seed before the freeze").isFalse();
            assertThat(record.at("/contributions/1/contributor").asText()).isEqualTo("SERVER");
            assertThat(record.at("/contributions/1").has("value")).isFalse();
            assertThat(tablesHolding(secret)).as("tables holding the server's value before the freeze")
                    .containsExactly("metrology.draw_server_secret");
        } finally {
            freezes.forEach(definition -> management.activateJobDefinitionById(definition.getId(), true));
        }

        awaitStatus(id, "FROZEN");
        JsonNode server = contribution(id, "SERVER");
        assertThat(server.at("/value").asText()).isEqualTo(secret);
        assertThat(SeedCeremony.commitment(id, Contributor.SERVER, secret))
                .isEqualTo(server.at("/commitmentSha256").asText());
        assertThat(tablesHolding(secret)).doesNotContain("metrology.draw_server_secret");
    }

    @Test
    void aRegisterIsNotFrozenOnceItsPublicValueIsDueAndTheCampaignSaysWhy() {
        long id = created(true);
        List<JobDefinition> freezes = management.createJobDefinitionQuery().processDefinitionKey("Campaign")
                .activityIdIn("Task_FreezeRegister").list();
        freezes.forEach(definition -> management.suspendJobDefinitionById(definition.getId(), true));
        try {
            post(scSupervisor, open(id), Map.of("confirmShortfall", true));
            jdbc.sql("alter table draw_contribution disable trigger draw_contribution_write_once").update();
            try {
                jdbc.sql("""
                                update draw_contribution set beacon_due_at = now() - interval '1 minute'
                                where campaign_id = :id and contributor = 'BEACON'""").param("id", id).update();
            } finally {
                jdbc.sql("alter table draw_contribution enable trigger draw_contribution_write_once").update();
            }
        } finally {
            freezes.forEach(definition -> management.activateJobDefinitionById(definition.getId(), true));
        }

        String process = jdbc.sql("select process_instance_id from campaign where id = :id").param("id", id)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery().processInstanceId(process)
                .withException().count() == 1);
        assertThat(management.createJobQuery().processInstanceId(process).withException().singleResult()
                .getExceptionMessage()).contains("could not be frozen before its public random value");
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from campaign_draw where campaign_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
        assertThat(contribution(id, "SERVER").has("value")).as("the server's value stays hidden").isFalse();
    }

    @Test
    void aSupervisorOfEitherProvinceReadsAJointCampaignsFullRecordAndCommitsOnlyTheirOwnSecret() {
        String cqSupervisor = fixtures.account(Role.SUPERVISOR, "CQ");
        Map<String, Object> joint = new java.util.HashMap<>(body(true));
        joint.put("provinces", List.of("SC", "CQ"));
        joint.put("joint", true);
        long id = post(admin, "/api/campaigns", joint).getBody().at("/campaign/id").asLong();

        assertThat(get(cqSupervisor, "/api/campaigns/" + id + "/draw").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(scSupervisor, "/api/campaigns/" + id + "/draw").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(scSupervisor, commitments(id), Map.of("contributor", "SUPERVISOR_CQ", "sha256", "a".repeat(64)))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(cqSupervisor, commitments(id), Map.of("contributor", "SUPERVISOR_CQ", "sha256", "a".repeat(64)))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(cqSupervisor, reveals(id), beaconValue(id)).getStatusCode())
                .as("nothing is revealed before the freeze").isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(admin, reveals(id), Map.of("contributor", "SERVER", "value", "0".repeat(64)))
                .getStatusCode()).as("only the freeze reveals the server's value").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eachStepOfTheCeremonyIsAuditedWithWhoDidIt() {
        long id = created(true);
        post(scSupervisor, open(id), Map.of("confirmShortfall", true));
        awaitStatus(id, "FROZEN");
        post(scSupervisor, reveals(id), beaconValue(id));
        awaitStatus(id, "STARTED");

        List<Map<String, Object>> trail = jdbc.sql("""
                        select actor, action, detail from audit_record
                        where subject_type = 'campaign' and subject_id = :id order by sequence_no""")
                .param("id", String.valueOf(id)).query().listOfRows();

        assertThat(trail).extracting(row -> row.get("action") + " by " + row.get("actor")).containsExactly(
                "CAMPAIGN_CREATED by " + scSupervisor, "DRAW_COMMITMENT_PUBLISHED by " + scSupervisor,
                "DRAW_COMMITMENT_PUBLISHED by " + scSupervisor, "CAMPAIGN_OPENED by " + scSupervisor,
                "DRAW_CONTRIBUTION_REVEALED by system", "REGISTER_FROZEN by system",
                "DRAW_CONTRIBUTION_REVEALED by " + scSupervisor, "DRAW_RUN by system");
        assertThat(trail.get(1).get("detail").toString()).contains("BEACON", "beaconDueAt");
        assertThat(trail.get(2).get("detail").toString()).contains("SERVER", "commitmentSha256");
    }

    @Test
    void openingWhenTheInspectorsCannotStaffEveryPartyNeedsAConfirmationAndTheRecordListsTheShortfall() {
        for (int i = 0; i < 3; i++) {
            fixtures.party("SC", "LOW", category);
        }
        Map<String, Object> everyone = new java.util.HashMap<>(body(true));
        everyone.put("sampleCount", 6);
        everyone.put("loadCap", 1);
        long id = post(scSupervisor, "/api/campaigns", everyone).getBody().at("/campaign/id").asLong();
        JsonNode before = get(scSupervisor, "/api/campaigns/" + id).getBody();
        assertThat(before.at("/capacity/partiesToDraw").asInt()).isEqualTo(6);
        assertThat(before.at("/capacity/staffableTeams").asInt()).isEqualTo(1);
        assertThat(before.at("/capacity/shortfall").asInt()).isEqualTo(5);

        ResponseEntity<JsonNode> unconfirmed = post(scSupervisor, open(id), Map.of());

        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getBody().at("/errors/0/field").asText()).isEqualTo("confirmShortfall");
        assertThat(unconfirmed.getBody().at("/errors/0/reason").asText()).as("the reason gives the figures")
                .contains("6 家单位组成 1 个检查组");
        assertThat(status(id)).isEqualTo("PLANNED");
        ResponseEntity<JsonNode> confirmed = post(scSupervisor, open(id), Map.of("confirmShortfall", true));
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(confirmed.getBody().at("/capacity/shortfall").asInt()).as("the answer says it too").isEqualTo(5);
        awaitStatus(id, "FROZEN");
        post(scSupervisor, reveals(id), beaconValue(id));
        awaitStatus(id, "STARTED");
        JsonNode record = http.getForObject("/api/public/draws/" + id, JsonNode.class);
        assertThat(record.at("/opening/capacity/shortfall").asInt()).isEqualTo(5);
        assertThat(record.at("/opening/shortfallConfirmed").asBoolean()).isTrue();
        List<JsonNode> teamless = new ArrayList<>();
        record.at("/result/selection").forEach(drawn -> {
            if (drawn.at("/teamProblem").isObject()) {
                teamless.add(drawn);
            }
        });
        assertThat(teamless).hasSize(5);
        assertThat(IndependentDrawCheck.mismatches(record)).isEmpty();
    }

    /** The application's and the engine's tables with a row whose text holds the value (as text or as bytes). */
    private List<String> tablesHolding(String value) {
        String bytes = HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
        List<String> tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_schema in ('public', 'metrology') and table_type = 'BASE TABLE'
                        order by 1""").query(String.class).list();
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            int rows = jdbc.sql("select count(*) from " + table + " t where t::text like :text or t::text like :bytes")
                    .param("text", "%" + value + "%").param("bytes", "%" + bytes + "%").query(Integer.class).single();
            if (rows > 0) {
                holding.add(table);
            }
        }
        return holding;
    }

    private long created(boolean withBeacon) {
        ResponseEntity<JsonNode> created = post(scSupervisor, "/api/campaigns", body(withBeacon));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().at("/campaign/id").asLong();
    }

    private Map<String, Object> body(boolean withBeacon) {
        Map<String, Object> body = new java.util.HashMap<>(Map.ofEntries(Map.entry("name", "种子仪式 " + category),
                Map.entry("partyKind", "AUTHORISED_BODY"), Map.entry("categories", List.of(category)),
                Map.entry("provinces", Set.of("SC")), Map.entry("joint", false), Map.entry("sampleCount", 2),
                Map.entry("loadCap", 10), Map.entry("periodStart", "2027-01-01"), Map.entry("periodEnd", "2027-03-31"),
                Map.entry("windowStart", "2027-01-11"), Map.entry("windowEnd", "2027-02-26")));
        if (withBeacon) {
            body.putAll(beacon());
            body.remove("contributor");
        }
        return body;
    }

    private Map<String, Object> beacon() {
        return Map.of("contributor", "BEACON", "beaconSource", "福利彩票双色球 " + category + " 期开奖号码",
                "beaconDueAt", OffsetDateTime.now().plusDays(2).withNano(0).toString());
    }

    private static Map<String, Object> beaconValue(long id) {
        String value = PlanningFixtures.beaconValue(id);
        return Map.of("contributor", "BEACON", "value", value, "confirmValue", value);
    }

    private static Map<String, Object> secretCommitment(long id) {
        return Map.of("contributor", "SUPERVISOR_SC", "sha256",
                SeedCeremony.commitment(id, Contributor.SUPERVISOR_SC, SC_SECRET));
    }

    private JsonNode contribution(long id, String contributor) {
        for (JsonNode contribution : get(scSupervisor, "/api/campaigns/" + id).getBody().at("/contributions")) {
            if (contribution.at("/contributor").asText().equals(contributor)) {
                return contribution;
            }
        }
        throw new AssertionError("no " + contributor + " contribution in campaign " + id);
    }

    private List<String> audited(long id, String action) {
        return jdbc.sql("""
                        select actor from audit_record where subject_type = 'campaign' and subject_id = :id
                        and action = :action order by sequence_no""")
                .param("id", String.valueOf(id)).param("action", action).query(String.class).list();
    }

    private void awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id).equals(status));
    }

    private String status(long id) {
        return jdbc.sql("select status from campaign where id = :id").param("id", id).query(String.class).single();
    }

    private static String open(long id) {
        return "/api/campaigns/" + id + "/open";
    }

    private static String commitments(long id) {
        return "/api/campaigns/" + id + "/commitments";
    }

    private static String reveals(long id) {
        return "/api/campaigns/" + id + "/reveals";
    }

    private ResponseEntity<JsonNode> get(String username, String path) {
        return http.withBasicAuth(username, PlanningFixtures.PASSWORD).getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String username, String path, Object body) {
        return http.withBasicAuth(username, PlanningFixtures.PASSWORD).postForEntity(path, body, JsonNode.class);
    }
}
