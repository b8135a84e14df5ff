package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import cn.chuanyu.metrology.registry.PartyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/**
 * Real records of both provinces for the access matrix, made through the API by the demo accounts: an SC inspection
 * on {@code inspector.sc}'s team, an SC inspection of another team, a CQ inspection (each with an open on-site task,
 * a finding and an evidence file), and a campaign of each province. {@link #values} gives the path variables of one
 * record; a path whose records are not made here is called with ids nobody has ({@code none}).
 */
final class MatrixRecords {

    /** The record kinds a path can be called with, in the matrix's order. */
    static final List<String> INSPECTION_RECORDS = List.of("SC-team", "SC", "CQ");
    static final List<String> CAMPAIGN_RECORDS = List.of("SC", "CQ");
    static final String NONE = "none";

    private static final String PASSWORD = "chuanyu-demo";
    private static final String NO_SUCH_ID = "987654321";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CreditCodeGenerator CODES = new CreditCodeGenerator(ThreadLocalRandom.current().nextLong());

    private final Map<String, Map<String, String>> inspections = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> campaigns = new LinkedHashMap<>();

    private MatrixRecords() {
    }

    static MatrixRecords create(int port, JdbcClient jdbc, Campaigns campaignService, UserAccounts accounts) {
        MatrixRecords records = new MatrixRecords();
        long otherScInspector = jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, province) values (:no, 'INSPECTOR', '矩阵检查员', 'SC')
                        returning id""").param("no", "M" + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class).single();
        records.inspections.put("SC-team", inspection(port, jdbc, "SC", "supervisor.sc", "inspector.sc",
                List.of(staff(jdbc, "SC-I-001"), staff(jdbc, "SC-I-002"))));
        records.inspections.put("SC", inspection(port, jdbc, "SC", "supervisor.sc", "inspector2.sc",
                List.of(staff(jdbc, "SC-I-002"), otherScInspector)));
        records.inspections.put("CQ", inspection(port, jdbc, "CQ", "supervisor.cq", "inspector.cq",
                List.of(staff(jdbc, "CQ-I-001"), staff(jdbc, "CQ-I-002"))));
        for (String province : CAMPAIGN_RECORDS) {
            long id = campaignService.create(campaign(province),
                    accounts.loadUserByUsername("supervisor." + province.toLowerCase())).id();
            records.campaigns.put(province, Map.of("id", Long.toString(id)));
        }
        return records;
    }

    /** The records a path is called with: real ones for inspections, their tasks and campaigns, else none. */
    List<String> recordsFor(String pattern, String method) {
        if (!pattern.contains("{")) {
            return List.of("-");
        }
        if (!method.equals("GET") && !pattern.endsWith("/draw/verify")) {
            return List.of(NONE);
        }
        if (inspectionPath(pattern) || taskPath(pattern)) {
            return INSPECTION_RECORDS;
        }
        return campaignPath(pattern) ? CAMPAIGN_RECORDS : List.of(NONE);
    }

    /** The value of each path variable for this record; ids nobody has for {@code none}. */
    String value(String pattern, String record, String variable) {
        if (record.equals(NONE)) {
            return NO_SUCH_ID;
        }
        Map<String, String> values = campaignPath(pattern) ? campaigns.get(record) : inspections.get(record);
        String value = values.get(variable);
        if (value == null) {
            throw new IllegalStateException("No value of " + variable + " for " + pattern + " (" + record + ")");
        }
        return value;
    }

    private static boolean inspectionPath(String pattern) {
        return pattern.startsWith("/api/inspections/{id}") || pattern.startsWith("/inspections/{id}");
    }

    private static boolean taskPath(String pattern) {
        return pattern.startsWith("/api/tasks/{taskId}") || pattern.startsWith("/tasks/{taskId}");
    }

    private static boolean campaignPath(String pattern) {
        return pattern.startsWith("/api/campaigns/{id}") || pattern.startsWith("/campaigns/{id}");
    }

    /** Opened by the province's supervisor; a team member waits for the on-site task and records one finding. */
    private static Map<String, String> inspection(int port, JdbcClient jdbc, String province, String supervisor,
                                                  String teamMember, List<Long> team) {
        long party = party(jdbc, province);
        Browser opener = new Browser(port).withBasic(supervisor, PASSWORD);
        long id = json(opener.send("POST", "/api/inspections", "application/json", toJson(Map.of("partyId", party,
                "inspectorIds", team, "plannedDate", LocalDate.now().plusDays(7).toString())), Map.of()))
                .get("id").asLong();
        Browser member = new Browser(port).withBasic(teamMember, PASSWORD);
        String task = await().atMost(Duration.ofSeconds(60)).until(() -> onSiteTask(member, id), t -> t != null);
        long finding = json(member.send("POST", "/api/inspections/" + id + "/findings", "application/json",
                toJson(Map.of("checklistItem", "AB-RC-01", "severity", "MINOR", "description", "原始记录缺少环境条件")),
                Map.of())).get("ids").get(0).asLong();
        long evidence = json(member.send("POST", "/api/inspections/" + id + "/findings/" + finding + "/evidence",
                "multipart/form-data; boundary=matrix", Browser.multipart("matrix", Map.of(), "file", "记录.pdf",
                        "%PDF-1.7\n%matrix evidence\n"), Map.of())).get("id").asLong();
        return Map.of("id", Long.toString(id), "taskId", task, "findingId", Long.toString(finding),
                "evidenceId", Long.toString(evidence), "version", "1");
    }

    private static String onSiteTask(Browser member, long inspectionId) {
        for (JsonNode task : json(member.get("/api/tasks?limit=200"))) {
            if (task.get("inspectionId").asLong() == inspectionId && task.get("kind").asText().equals("ON_SITE")) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    private static NewCampaign campaign(String province) {
        LocalDate start = LocalDate.now().plusMonths(2);
        return new NewCampaign("权限矩阵抽查计划 " + province, PartyKind.AUTHORISED_BODY, Set.of("WATER_METER"),
                Set.of(province), false, 1, null, Map.of(), 2, 10, start, start.plusMonths(1), start.plusDays(3),
                start.plusDays(20), null, null, null);
    }

    private static long party(JdbcClient jdbc, String province) {
        String region = province.equals("SC") ? "510100" : "500103";
        return jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                        values (:code, 'AUTHORISED_BODY', :name, :province, :region, 'LOW', '{matrix@example.cn}')
                        returning id""")
                .param("code", CODES.code(ThreadLocalRandom.current().nextLong(1, 900_000_000), region))
                .param("name", "权限矩阵受检单位" + UUID.randomUUID().toString().substring(0, 8))
                .param("province", province).param("region", region).query(Long.class).single();
    }

    private static long staff(JdbcClient jdbc, String staffNo) {
        return jdbc.sql("select id from staff where staff_no = :no").param("no", staffNo).query(Long.class).single();
    }

    private static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
