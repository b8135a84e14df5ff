package cn.chuanyu.metrology;

import cn.chuanyu.metrology.inspection.RecordSignatures;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every change is audited: the write endpoints (POST, PUT, PATCH, DELETE of every API and page controller) are
 * taken from the application's own request mappings, each is called successfully as the person who may, and each
 * must append at least one record to the audit chain naming that person (sign-ins aside). An endpoint without a
 * scenario here fails the test, unless it is listed in {@link #CHANGES_NOTHING} with the reason.
 */
@IntegrationTest
class EveryWriteIsAuditedIntegrationTests {

    /** Write endpoints that change nothing when they succeed, each with the reason. */
    private static final Map<String, String> CHANGES_NOTHING = Map.of(
            "POST /api/campaigns/{id}/draw/verify", "recomputes the published draw and compares it: reads only",
            "POST /campaigns/{id}/verify", "the page's button for the same draw verification: reads only",
            "POST /api/public/records/{code}/check", "hashes the uploaded copy (or takes the given SHA-256) and "
                    + "compares it with the filed versions' hashes in a read-only transaction: stores nothing",
            "POST /public/records/{code}", "the QR page's form for the same check of a copy: stores nothing");

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};
    private static final LocalDate START = LocalDate.now().plusMonths(2);

    @Autowired
    ApplicationContext context;
    @Autowired
    WebApplicationContext web;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private MockMvc mvc;
    private WriteFixtures fixtures;
    private CurrentUser admin;
    private CurrentUser scSupervisor;
    private CurrentUser cqSupervisor;
    private CurrentUser inspector;
    private CurrentUser partner;

    /** One call of a write endpoint: who makes it, the request, and the status that means it succeeded. */
    private record Call(String actor, MockHttpServletRequestBuilder request, int status) {
    }

    @FunctionalInterface
    private interface Scenario {
        Call prepare() throws Exception;
    }

    @BeforeEach
    void people() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        fixtures = new WriteFixtures(context);
        admin = fixtures.account(Role.ADMIN, null);
        scSupervisor = fixtures.account(Role.SUPERVISOR, "SC");
        cqSupervisor = fixtures.account(Role.SUPERVISOR, "CQ");
        inspector = fixtures.account(Role.INSPECTOR, "SC");
        partner = fixtures.account(Role.INSPECTOR, "SC");
    }

    @Test
    void everyWriteEndpointThatSucceedsAppendsAnAuditRecordNamingWhoActed() throws Exception {
        Set<String> endpoints = writeEndpoints();
        Map<String, Scenario> scenarios = scenarios();

        var unlisted = new TreeSet<>(endpoints);
        unlisted.removeAll(scenarios.keySet());
        unlisted.removeAll(CHANGES_NOTHING.keySet());
        assertThat(unlisted).as("write endpoints with no scenario here: add one, or list the endpoint in "
                + "CHANGES_NOTHING with the reason").isEmpty();
        var stale = new TreeSet<>(scenarios.keySet());
        stale.addAll(CHANGES_NOTHING.keySet());
        stale.removeAll(endpoints);
        assertThat(stale).as("scenarios for endpoints the application no longer has").isEmpty();

        List<String> unaudited = new ArrayList<>();
        for (var scenario : scenarios.entrySet()) {
            Call call = scenario.getValue().prepare();
            long before = head();
            MvcResult result = mvc.perform(call.request()).andReturn();
            int status = result.getResponse().getStatus();
            if (status != call.status()) {
                unaudited.add(scenario.getKey() + " answered " + status + " instead of " + call.status() + ": "
                        + result.getResponse().getContentAsString());
            } else if (result.getFlashMap().containsKey("refusal")) {
                unaudited.add(scenario.getKey() + " was refused: " + result.getFlashMap().get("refusal"));
            } else if (!appended(call.actor(), before)) {
                unaudited.add(scenario.getKey() + " appended no audit record by " + call.actor());
            }
        }
        assertThat(unaudited).as("write endpoints that succeeded without an audit record").isEmpty();
    }

    @Test
    void campaignCreationWithItsNamedPublicValueAndASupervisorsCommitmentAppearOnTheAuditPageWithTheirValues()
            throws Exception {
        String source = "福利彩票双色球 " + WriteFixtures.next() + " 期开奖号码";
        String dueAt = beaconDue();
        long id = body(mvc.perform(as(scSupervisor, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON)
                .content(campaign("SC", source, dueAt, null)))).andReturn()).at("/campaign/id").asLong();
        String commitment = sha256(secret());
        int committed = mvc.perform(as(scSupervisor, post("/api/campaigns/" + id + "/commitments")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                        "contributor", "SUPERVISOR_SC", "sha256", commitment))))).andReturn().getResponse().getStatus();

        assertThat(committed).isEqualTo(201);
        String creation = page("/admin/audit?action=CAMPAIGN_CREATED&actor=" + scSupervisor.username());
        assertThat(creation).contains("campaign " + id, "审计测试抽查计划", fixtures.category,
                "&quot;teamSize&quot;:2", "&quot;sampleCount&quot;:1",
                "&quot;beaconSource&quot;:&quot;" + source + "&quot;",
                "&quot;beaconDueAt&quot;:&quot;" + dueAt + "&quot;");
        String commitments = page("/admin/audit?action=DRAW_COMMITMENT_PUBLISHED&actor=" + scSupervisor.username());
        assertThat(commitments).contains("campaign " + id, "&quot;contributor&quot;:&quot;SUPERVISOR_SC&quot;",
                "&quot;commitmentSha256&quot;:&quot;" + commitment + "&quot;");
    }

    private String page(String path) throws Exception {
        return mvc.perform(as(admin, get(path)).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsString();
    }

    /** POST, PUT, PATCH and DELETE handlers of the application's own controllers, as "METHOD pattern". */
    private Set<String> writeEndpoints() {
        var endpoints = new TreeSet<String>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("cn.chuanyu.metrology")) {
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    if (WRITES.contains(verb)) {
                        info.getPatternValues().forEach(pattern -> endpoints.add(verb.name() + " " + pattern));
                    }
                }
            }
        });
        return endpoints;
    }

    private long head() {
        return jdbc.sql("select coalesce(max(sequence_no), 0) from audit_record where chain_id = 'main'")
                .query(Long.class).single();
    }

    /** Whether a record by the actor (other than a sign-in) joined the chain after the given head. */
    private boolean appended(String actor, long before) {
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                            select count(*) from audit_record
                            where chain_id = 'main' and sequence_no > :before and actor = :actor
                              and action not in ('SIGNED_IN', 'SIGN_IN_REFUSED')""")
                    .param("before", before).param("actor", actor).query(Long.class).single() > 0);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException none) {
            return false;
        }
    }

    private MockHttpServletRequestBuilder as(CurrentUser person, MockHttpServletRequestBuilder request)
            throws Exception {
        return request.with(user(person)).with(BrowserCsrf.of(mvc));
    }

    private Call api(CurrentUser person, MockHttpServletRequestBuilder request, Object body, int status)
            throws Exception {
        return new Call(person.username(), as(person, request.contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : json.writeValueAsString(body))), status);
    }

    private Call form(CurrentUser person, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return new Call(person.username(), as(person, request), 302);
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** A campaign of one party in the fixtures' category; its public random value named when the source is given. */
    private String campaign(String province, String beaconSource, String beaconDueAt, String recurrence)
            throws Exception {
        var campaign = new LinkedHashMap<String, Object>();
        campaign.put("name", "审计测试抽查计划");
        campaign.put("partyKind", "AUTHORISED_BODY");
        campaign.put("categories", List.of(fixtures.category));
        campaign.put("provinces", List.of(province));
        campaign.put("joint", false);
        campaign.put("sampleCount", 1);
        campaign.put("periodStart", START.toString());
        campaign.put("periodEnd", START.plusMonths(3).toString());
        campaign.put("windowStart", START.plusDays(14).toString());
        campaign.put("windowEnd", START.plusMonths(2).toString());
        campaign.put("beaconSource", beaconSource);
        campaign.put("beaconDueAt", beaconDueAt);
        campaign.put("recurrence", recurrence);
        return json.writeValueAsString(campaign);
    }

    /** When a named public random value is published: in two days, a whole minute, in UTC as the API answers it. */
    private static String beaconDue() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A planned campaign of the SC supervisor, with its public random value named or not. */
    private long createdCampaign(boolean beaconNamed) throws Exception {
        return createdCampaign(beaconNamed ? "福利彩票双色球 " + WriteFixtures.next() + " 期开奖号码" : null,
                beaconNamed ? beaconDue() : null, null);
    }

    private long createdCampaign(String beaconSource, String beaconDueAt, String recurrence) throws Exception {
        MvcResult created = mvc.perform(as(scSupervisor, post("/api/campaigns").contentType(MediaType.APPLICATION_JSON)
                .content(campaign("SC", beaconSource, beaconDueAt, recurrence)))).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        return body(created).at("/campaign/id").asLong();
    }

    /**
     * A campaign opened with the SC supervisor's commitment to the secret, its register frozen: the ceremony waits
     * for the reveals.
     */
    private long frozenCampaignCommittedTo(String secret) throws Exception {
        fixtures.party("SC");
        long id = createdCampaign(true);
        perform(scSupervisor, post("/api/campaigns/" + id + "/commitments"), Map.of("contributor", "SUPERVISOR_SC",
                "sha256", SeedCeremony.commitment(id, Contributor.SUPERVISOR_SC, secret)), 201);
        perform(scSupervisor, post("/api/campaigns/" + id + "/open"), Map.of("confirmShortfall", true), 202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "FROZEN".equals(jdbc.sql(
                "select status from campaign where id = :id").param("id", id).query(String.class).single()));
        return id;
    }

    /** A step a scenario needs before its own call, which must succeed. */
    private void perform(CurrentUser person, MockHttpServletRequestBuilder request, Object body, int status)
            throws Exception {
        MvcResult result = mvc.perform(api(person, request, body, status).request()).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
    }

    /** The representative signs the on-site record as it is now and both inspectors of the team confirm it. */
    private void signedAndConfirmed(long inspection) throws Exception {
        String record = "/api/inspections/" + inspection + "/record/";
        perform(inspector, post(record + "signature"), RecordSignatures.body(), 204);
        perform(inspector, post(record + "confirmation"), "", 204);
        perform(partner, post(record + "confirmation"), "", 204);
    }

    /** A supervisor's secret as their dice throws give it: 16 to 200 characters, unique. */
    private static String secret() {
        return "四川 掷骰 3 1 4 1 5 9 2 6 5 3 #" + WriteFixtures.next();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Long> team() {
        return List.of(inspector.staffId(), partner.staffId());
    }

    private long recognitionRequested() throws Exception {
        long party = fixtures.party("SC");
        long inspection = fixtures.inspection(party, team(), scSupervisor.username());
        fixtures.conclude(inspection, 0);
        return body(mvc.perform(as(scSupervisor, post("/api/recognitions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(recognition(party, inspection))))).andReturn()).at("/id").asLong();
    }

    private Map<String, Object> recognition(long party, long inspection) {
        return Map.of("partyId", party, "inspectionId", inspection, "province", "CQ",
                "categories", List.of(fixtures.category), "validUntil", LocalDate.now().plusYears(1).toString(),
                "onBehalfOfParty", false, "basis", "INSPECTION_RESULT");
    }

    /** A recognition accepted in CQ and withdrawn because a later inspection of its party failed. */
    private long recognitionWithdrawn() throws Exception {
        long party = fixtures.party("SC");
        long passed = fixtures.inspection(party, team(), scSupervisor.username());
        fixtures.conclude(passed, 0);
        long id = body(mvc.perform(as(scSupervisor, post("/api/recognitions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(recognition(party, passed))))).andReturn()).at("/id").asLong();
        mvc.perform(as(cqSupervisor, post("/api/recognitions/" + id + "/decision")
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPT\",\"reason\":\"结果有效\"}")));
        long failed = fixtures.inspection(party, team(), scSupervisor.username());
        fixtures.conclude(failed, 1);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey("Task_ReviewWithdrawal").count() == 1);
        return id;
    }

    private Map<String, Scenario> scenarios() {
        var scenarios = new LinkedHashMap<String, Scenario>();
        registry(scenarios);
        inspections(scenarios);
        campaigns(scenarios);
        recognitions(scenarios);
        administration(scenarios);
        calendar(scenarios);
        return scenarios;
    }

    private void registry(Map<String, Scenario> scenarios) {
        scenarios.put("POST /api/registry/parties", () -> api(admin, post("/api/registry/parties"), Map.of(
                "creditCode", WriteFixtures.creditCode("510100"), "kind", "INSTRUMENT_MAKER",
                "nameZh", "审计测试器具厂" + WriteFixtures.next(), "province", "SC", "riskClass", "LOW"), 201));
        scenarios.put("PUT /api/registry/parties/{id}", () -> {
            long party = fixtures.party("SC");
            return api(admin, put("/api/registry/parties/" + party), Map.of("version", fixtures.version("party", party),
                    "nameZh", "审计测试计量所（更名）", "province", "SC", "riskClass", "HIGH", "status", "ACTIVE"), 200);
        });
        scenarios.put("POST /api/registry/parties/{id}/deactivate", () -> {
            long party = fixtures.party("SC");
            return api(admin, post("/api/registry/parties/" + party + "/deactivate"),
                    Map.of("version", fixtures.version("party", party)), 200);
        });
        scenarios.put("POST /api/registry/staff", () -> api(admin, post("/api/registry/staff"), Map.of(
                "staffNo", "WS" + WriteFixtures.next(), "role", "INSPECTOR", "nameZh", "审计测试检查员", "province", "CQ"),
                201));
        scenarios.put("PUT /api/registry/staff/{id}", () -> {
            long staff = fixtures.staff("CQ", "INSPECTOR");
            return api(admin, put("/api/registry/staff/" + staff), Map.of("version", fixtures.version("staff", staff),
                    "role", "INSPECTOR", "nameZh", "审计测试检查员（更名）", "province", "CQ", "active", true), 200);
        });
        scenarios.put("POST /api/registry/staff/{id}/deactivate", () -> {
            long staff = fixtures.staff("CQ", "INSPECTOR");
            return api(admin, post("/api/registry/staff/" + staff + "/deactivate"),
                    Map.of("version", fixtures.version("staff", staff)), 200);
        });
        scenarios.put("POST /api/registry/{register:parties|staff}/import", () -> new Call(admin.username(),
                as(admin, post("/api/registry/staff/import").contentType("text/csv")
                        .content("staff_no,role,name_zh,province\nWI" + WriteFixtures.next() + ",INSPECTOR,导入检查员,SC\n")),
                202));
        scenarios.put("POST /admin/imports", () -> new Call(admin.username(), as(admin, multipart("/admin/imports")
                .file(new MockMultipartFile("file", "staff.csv", "text/csv",
                        ("staff_no,role,name_zh,province\nWP" + WriteFixtures.next() + ",INSPECTOR,导入检查员,CQ\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("kind", "STAFF")), 302));
        scenarios.put("POST /admin/parties/{id}", () -> {
            long party = fixtures.party("CQ");
            return form(admin, "/admin/parties/" + party, Map.of("version",
                    String.valueOf(fixtures.version("party", party)), "nameZh", "审计测试计量所（页面）",
                    "regionCode", "500103", "contactEmails", "page-" + WriteFixtures.next() + "@example.cn",
                    "riskClass", "LOW", "status", "ACTIVE"));
        });
    }

    private void inspections(Map<String, Scenario> scenarios) {
        scenarios.put("POST /api/inspections", () -> api(scSupervisor, post("/api/inspections"), Map.of(
                "partyId", fixtures.party("SC"), "inspectorIds", team(),
                "plannedDate", LocalDate.now().plusDays(10).toString()), 201));
        scenarios.put("POST /api/inspections/{id}/findings", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            return api(inspector, post("/api/inspections/" + inspection + "/findings"), Map.of(
                    "checklistItem", fixtures.checklistItem(), "severity", "MINOR", "description", "记录不全"), 201);
        });
        scenarios.put("POST /api/inspections/{id}/findings/{findingId}/evidence", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            fixtures.finding(inspection);
            return new Call(inspector.username(), as(inspector, multipart("/api/inspections/" + inspection
                    + "/findings/" + fixtures.findingOf(inspection) + "/evidence")
                    .file(new MockMultipartFile("file", "photo.png", "image/png", PNG))), 201);
        });
        scenarios.put("POST /api/inspections/{id}/rectification/evidence", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            fixtures.reachRectification(inspection);
            return new Call(inspector.username(), as(inspector, multipart("/api/inspections/" + inspection
                    + "/rectification/evidence").file(new MockMultipartFile("file", "photo.png", "image/png", PNG))),
                    201);
        });
        scenarios.put("POST /api/inspections/{id}/rectification", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            fixtures.reachRectification(inspection);
            return api(inspector, post("/api/inspections/" + inspection + "/rectification"),
                    Map.of("statement", "已更换标准器并重新溯源"), 204);
        });
        scenarios.put("POST /api/tasks/{taskId}/claim", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            return api(inspector, post("/api/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/claim"), "", 204);
        });
        scenarios.put("POST /api/tasks/{taskId}/unclaim", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            String task = fixtures.task(inspection, "Task_InspectOnSite").getId();
            mvc.perform(as(inspector, post("/api/tasks/" + task + "/claim")));
            return api(inspector, post("/api/tasks/" + task + "/unclaim"), "", 204);
        });
        scenarios.put("POST /api/tasks/{taskId}/complete", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            signedAndConfirmed(inspection);
            return api(inspector, post("/api/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/complete"), Map.of("kind", "ON_SITE", "inspectedOn", LocalDate.now().toString(),
                    "findings", List.of()), 204);
        });
        scenarios.put("POST /tasks/{taskId}/findings", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            return form(inspector, "/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId() + "/findings",
                    Map.of("checklistItem", fixtures.checklistItem(), "severity", "MINOR", "description", "标识不清"));
        });
        scenarios.put("POST /tasks/{taskId}/submit", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            signedAndConfirmed(inspection);
            return form(inspector, "/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId() + "/submit",
                    Map.of("inspectedOn", LocalDate.now().toString()));
        });
        scenarios.put("POST /tasks/{taskId}/decision", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            signedAndConfirmed(inspection);
            perform(inspector, post("/api/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/complete"), Map.of("kind", "ON_SITE", "findings", List.of()), 204);
            return form(scSupervisor, "/tasks/" + fixtures.task(inspection, "Task_ReviewInspection").getId()
                    + "/decision", Map.of("decision", "APPROVE", "reason", "记录完整"));
        });
        scenarios.put("POST /api/inspections/{id}/proposed-findings/{key}/confirm", () -> {
            long party = fixtures.party("SC");
            String key = fixtures.expiredStandard(party);
            long inspection = fixtures.inspection(party, team(), scSupervisor.username());
            return api(inspector, post("/api/inspections/" + inspection + "/proposed-findings/" + key + "/confirm"),
                    "", 201);
        });
        scenarios.put("POST /tasks/{taskId}/proposals/{key}/confirm", () -> {
            long party = fixtures.party("SC");
            String key = fixtures.expiredStandard(party);
            long inspection = fixtures.inspection(party, team(), scSupervisor.username());
            return form(inspector, "/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/proposals/" + key + "/confirm", Map.of());
        });
        scenarios.put("POST /api/inspections/{id}/record/signature", () -> api(inspector, post("/api/inspections/"
                + fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username()) + "/record/signature"),
                RecordSignatures.body(), 204));
        scenarios.put("POST /api/inspections/{id}/record/refusal", () -> api(inspector, post("/api/inspections/"
                + fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username()) + "/record/refusal"),
                Map.of("reason", "代表称需请示总部", "witnessStaffId", partner.staffId()), 204));
        scenarios.put("POST /api/inspections/{id}/record/confirmation", () -> api(inspector, post("/api/inspections/"
                + fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username()) + "/record/confirmation"),
                "", 204));
        scenarios.put("POST /tasks/{taskId}/record/signature", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            return form(inspector, "/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/record/signature", Map.of("representativeName", "王代表", "representativePosition", "质量负责人",
                    "signature", RecordSignatures.png()));
        });
        scenarios.put("POST /tasks/{taskId}/record/refusal", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            return form(inspector, "/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/record/refusal", Map.of("reason", "代表称需请示总部",
                    "witnessStaffId", String.valueOf(partner.staffId())));
        });
        scenarios.put("POST /tasks/{taskId}/record/confirmation", () -> {
            long inspection = fixtures.inspection(fixtures.party("SC"), team(), scSupervisor.username());
            return form(inspector, "/tasks/" + fixtures.task(inspection, "Task_InspectOnSite").getId()
                    + "/record/confirmation", Map.of());
        });
        scenarios.put("POST /notice/acknowledge", () -> {
            long party = fixtures.party("SC");
            long inspection = fixtures.inspection(party, team(), scSupervisor.username());
            return new Call("party:" + party + " (notice link)", post("/notice/acknowledge")
                    .param("t", fixtures.link(LinkPurpose.ACKNOWLEDGE, inspection, party)).with(BrowserCsrf.of(mvc)), 200);
        });
        scenarios.put("POST /notice/rectification", () -> {
            long party = fixtures.party("SC");
            long inspection = fixtures.inspection(party, team(), scSupervisor.username());
            fixtures.reachRectification(inspection);
            return new Call("party:" + party + " (notice link)", multipart("/notice/rectification")
                    .file(new MockMultipartFile("files", "photo.png", "image/png", PNG))
                    .param("t", fixtures.link(LinkPurpose.RECTIFICATION, inspection, party))
                    .param("statement", "已整改").with(BrowserCsrf.of(mvc)), 200);
        });
    }

    private void campaigns(Map<String, Scenario> scenarios) {
        scenarios.put("POST /api/campaigns", () -> new Call(scSupervisor.username(), as(scSupervisor,
                post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(campaign("SC",
                        "福利彩票双色球 " + WriteFixtures.next() + " 期开奖号码", beaconDue(), null))), 201));
        scenarios.put("POST /api/campaigns/{id}/commitments", () -> api(scSupervisor, post("/api/campaigns/"
                + createdCampaign(true) + "/commitments"), Map.of("contributor", "SUPERVISOR_SC",
                "sha256", sha256(secret())), 201));
        scenarios.put("POST /api/campaigns/{id}/reveals", () -> {
            String secret = secret();
            return api(scSupervisor, post("/api/campaigns/" + frozenCampaignCommittedTo(secret) + "/reveals"),
                    Map.of("contributor", "SUPERVISOR_SC", "value", secret), 200);
        });
        scenarios.put("POST /api/campaigns/{id}/open", () -> {
            fixtures.party("SC");
            return api(scSupervisor, post("/api/campaigns/" + createdCampaign(true) + "/open"),
                    Map.of("confirmShortfall", true), 202);
        });
        scenarios.put("POST /api/campaigns/{id}/end-series", () -> api(scSupervisor, post("/api/campaigns/"
                + createdCampaign("福利彩票双色球 {date} 期开奖号码", "2099-01-02T00:00:00+08:00",
                "R/2099-01-01T00:00:00+08:00/P3M") + "/end-series"), "", 200));
        scenarios.put("POST /campaigns", () -> {
            var fields = new LinkedHashMap<String, String>();
            fields.put("name", "页面审计测试计划");
            fields.put("partyKind", "AUTHORISED_BODY");
            fields.put("categories", fixtures.category);
            fields.put("scope", "SC");
            fields.put("sampleCount", "1");
            fields.put("teamSize", "2");
            fields.put("loadCap", "20");
            fields.put("periodStart", START.toString());
            fields.put("periodEnd", START.plusMonths(3).toString());
            fields.put("windowStart", START.plusDays(14).toString());
            fields.put("windowEnd", START.plusMonths(2).toString());
            fields.put("beaconSource", "福利彩票双色球 " + WriteFixtures.next() + " 期开奖号码");
            fields.put("beaconDueAt", LocalDate.now().plusDays(3) + "T21:15");
            return form(scSupervisor, "/campaigns", fields);
        });
        scenarios.put("POST /campaigns/{id}/beacon", () -> form(scSupervisor, "/campaigns/" + createdCampaign(false)
                + "/beacon", Map.of("beaconSource", "福利彩票双色球 " + WriteFixtures.next() + " 期开奖号码",
                "beaconDueAt", LocalDate.now().plusDays(3) + "T21:15")));
        scenarios.put("POST /campaigns/{id}/commitments", () -> form(scSupervisor, "/campaigns/"
                + createdCampaign(true) + "/commitments", Map.of("contributor", "SUPERVISOR_SC",
                "sha256", sha256(secret()))));
        scenarios.put("POST /campaigns/{id}/reveals", () -> {
            String secret = secret();
            return form(scSupervisor, "/campaigns/" + frozenCampaignCommittedTo(secret) + "/reveals",
                    Map.of("contributor", "SUPERVISOR_SC", "value", secret, "confirmValue", secret));
        });
        scenarios.put("POST /campaigns/{id}/open", () -> {
            fixtures.party("SC");
            return form(scSupervisor, "/campaigns/" + createdCampaign(true) + "/open",
                    Map.of("confirmShortfall", "true"));
        });
    }

    private void recognitions(Map<String, Scenario> scenarios) {
        scenarios.put("POST /api/recognitions", () -> {
            long party = fixtures.party("SC");
            long inspection = fixtures.inspection(party, team(), scSupervisor.username());
            fixtures.conclude(inspection, 0);
            return api(scSupervisor, post("/api/recognitions"), recognition(party, inspection), 201);
        });
        scenarios.put("POST /api/recognitions/{id}/decision", () -> api(cqSupervisor, post("/api/recognitions/"
                + recognitionRequested() + "/decision"), Map.of("decision", "ACCEPT", "reason", "结果有效"), 200));
        scenarios.put("POST /api/recognitions/{id}/withdrawal-review", () -> api(cqSupervisor, post(
                "/api/recognitions/" + recognitionWithdrawn() + "/withdrawal-review"),
                Map.of("note", "已安排本省检查"), 200));
        scenarios.put("POST /recognitions", () -> {
            long party = fixtures.party("SC");
            long inspection = fixtures.inspection(party, team(), scSupervisor.username());
            fixtures.conclude(inspection, 0);
            return form(scSupervisor, "/recognitions", Map.of("partyId", String.valueOf(party), "basis",
                    "INSPECTION_RESULT", "inspectionId", String.valueOf(inspection), "province", "CQ",
                    "categories", fixtures.category, "validUntil", LocalDate.now().plusYears(1).toString()));
        });
        scenarios.put("POST /recognitions/{id}/decision", () -> form(cqSupervisor, "/recognitions/"
                + recognitionRequested() + "/decision", Map.of("decision", "REFUSE", "reason", "范围不符")));
        scenarios.put("POST /recognitions/{id}/withdrawal-review", () -> form(cqSupervisor, "/recognitions/"
                + recognitionWithdrawn() + "/withdrawal-review", Map.of("note", "已安排本省检查")));
    }

    private void administration(Map<String, Scenario> scenarios) {
        scenarios.put("POST /api/admin/notices/{id}/resend", () -> api(admin, post("/api/admin/notices/"
                + fixtures.failedNotice(team(), scSupervisor.username()) + "/resend"), "", 200));
        scenarios.put("POST /admin/notices/{id}/resend", () -> form(admin, "/admin/notices/"
                + fixtures.failedNotice(team(), scSupervisor.username()) + "/resend", Map.of()));
        scenarios.put("POST /api/admin/incidents/{id}/retry", () -> api(admin, post("/api/admin/incidents/"
                + fixtures.incident() + "/retry"), "", 204));
        scenarios.put("POST /admin/incidents/{id}/retry", () -> form(admin, "/admin/incidents/" + fixtures.incident()
                + "/retry", Map.of()));
        scenarios.put("POST /admin/users", () -> form(admin, "/admin/users", Map.of("username",
                "newacct" + WriteFixtures.next(), "staffNo", fixtures.staffNo(fixtures.staff("SC", "INSPECTOR")),
                "displayName", "", "password", "Audit-New-Account-2026!")));
        scenarios.put("POST /admin/users/{username}/enabled", () -> form(admin, "/admin/users/"
                + fixtures.account(Role.INSPECTOR, "CQ").username() + "/enabled", Map.of("value", "false")));
        scenarios.put("POST /admin/users/{username}/unlock", () -> form(admin, "/admin/users/"
                + fixtures.account(Role.INSPECTOR, "CQ").username() + "/unlock", Map.of()));
        scenarios.put("POST /admin/users/{username}/password", () -> form(admin, "/admin/users/"
                + fixtures.account(Role.INSPECTOR, "CQ").username() + "/password",
                Map.of("password", "Audit-Reset-Password-2026!")));
        scenarios.put("POST /admin/staff/{id}", () -> {
            long staff = fixtures.staff("CQ", "INSPECTOR");
            return form(admin, "/admin/staff/" + staff, Map.of("version", String.valueOf(fixtures.version("staff",
                    staff)), "enforcementCertificateNo", "渝执-" + WriteFixtures.next(),
                    "enforcementCertificateValidUntil", LocalDate.now().plusYears(2).toString()));
        });
        scenarios.put("POST /api/admin/audit/checkpoints", () -> api(admin, post("/api/admin/audit/checkpoints"), "",
                201));
        scenarios.put("POST /admin/audit/checkpoints", () -> form(admin, "/admin/audit/checkpoints", Map.of()));
    }

    /** Far-away years, so the shared database keeps its real calendar and the calendar tests their own years. */
    private void calendar(Map<String, Scenario> scenarios) {
        scenarios.put("POST /api/admin/calendar/{year}/import", () -> new Call(admin.username(), as(admin,
                post("/api/admin/calendar/2093/import").param("source", "国务院办公厅关于2093年部分节假日安排的通知")
                        .param("publishedOn", "2092-11-04").contentType("text/csv")
                        .content("date,type,name\n2093-01-01,HOLIDAY,元旦\n")), 200));
        scenarios.put("POST /admin/calendar/import", () -> form(admin, "/admin/calendar/import", Map.of("year", "2094",
                "source", "国务院办公厅关于2094年部分节假日安排的通知", "csv", "date,type,name\n2094-01-01,HOLIDAY,元旦\n")));
        scenarios.put("PUT /api/admin/calendar/days/{day}", () -> api(admin, put("/api/admin/calendar/days/2092-05-01"),
                Map.of("working", false, "name", "劳动节"), 204));
        scenarios.put("DELETE /api/admin/calendar/days/{day}", () -> {
            fixtures.calendarDay(LocalDate.of(2092, 5, 2));
            return api(admin, delete("/api/admin/calendar/days/2092-05-02"), "", 204);
        });
        scenarios.put("POST /admin/calendar/{year}/days", () -> form(admin, "/admin/calendar/2092/days",
                Map.of("day", "2092-10-01", "name", "国庆节")));
        scenarios.put("POST /admin/calendar/{year}/days/{day}/remove", () -> {
            fixtures.calendarDay(LocalDate.of(2092, 10, 2));
            return form(admin, "/admin/calendar/2092/days/2092-10-02/remove", Map.of());
        });
    }
}
