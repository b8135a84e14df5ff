package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.chuanyu.metrology.registry.web.RegistryApi.assertInvalidFields;
import static cn.chuanyu.metrology.registry.web.RegistryApi.freshCreditCode;
import static cn.chuanyu.metrology.registry.web.RegistryApi.json;
import static cn.chuanyu.metrology.registry.web.RegistryApi.reason;
import static cn.chuanyu.metrology.registry.web.RegistryApi.send;
import static cn.chuanyu.metrology.registry.web.RegistryApi.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

@IntegrationTest
class StaffApiIntegrationTests {

    private static final String STAFF = "/api/registry/staff";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAnInspectorWithQualificationsAndADeclaredConflict() {
        long partyId = json(send(http, "admin", POST, "/api/registry/parties",
                toJson(PartyApiIntegrationTests.body(freshCreditCode())))).get("id").asLong();
        Map<String, Object> inspector = body(freshStaffNo());
        inspector.put("conflicts", List.of(Map.of("partyId", partyId, "reason", "配偶在该单位任职")));

        var response = send(http, "admin", POST, STAFF, toJson(inspector));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        JsonNode staff = json(response);
        assertThat(staff.get("qualifications").findValuesAsText("")).isEmpty();
        assertThat(staff.get("qualifications").toString()).contains("WATER_METER", "TAXIMETER");
        assertThat(staff.at("/conflicts/0/partyId").asLong()).isEqualTo(partyId);
        assertThat(staff.at("/conflicts/0/partyNameZh").asText()).isEqualTo("测试计量检测所");
        assertThat(staff.get("active").asBoolean()).isTrue();
    }

    @Test
    void anInspectorCarriesAnEnforcementCertificateThatIsReadBackAndEdited() {
        Map<String, Object> inspector = body(freshStaffNo());
        inspector.put("enforcementCertificateNo", "川执 51-0001");
        inspector.put("enforcementCertificateValidUntil", "2028-06-30");
        JsonNode created = json(send(http, "admin", POST, STAFF, toJson(inspector)));
        assertThat(created.get("enforcementCertificateNo").asText()).isEqualTo("川执 51-0001");
        assertThat(created.get("enforcementCertificateValidUntil").asText()).isEqualTo("2028-06-30");

        Map<String, Object> update = body(null);
        update.remove("staffNo");
        update.put("version", created.get("version").asInt());
        update.put("active", true);
        update.put("enforcementCertificateNo", "川执 51-0002");
        update.put("enforcementCertificateValidUntil", "2030-06-30");
        var updated = send(http, "admin", PUT, STAFF + "/" + created.get("id").asLong(), toJson(update));
        assertThat(json(updated).get("enforcementCertificateNo").asText()).isEqualTo("川执 51-0002");
        var listed = json(send(http, "admin", GET, STAFF + "?sort=id,desc&size=50", null));
        assertThat(listed.toString()).contains("\"enforcementCertificateNo\":\"川执 51-0002\"",
                "\"enforcementCertificateValidUntil\":\"2030-06-30\"");
    }

    @Test
    void aCertificateNumberWithoutItsValidityIsRefusedNamingTheField() {
        Map<String, Object> inspector = body(freshStaffNo());
        inspector.put("enforcementCertificateNo", "川执 51-0003");

        var response = send(http, "admin", POST, STAFF, toJson(inspector));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("enforcementCertificateValidUntil");
    }

    @Test
    void listsStaffByProvinceRoleAndQualification() {
        String staffNo = freshStaffNo();
        Map<String, Object> supervisor = body(staffNo);
        supervisor.put("role", "SUPERVISOR");
        supervisor.put("province", "CQ");
        send(http, "admin", POST, STAFF, toJson(supervisor));

        var response = send(http, "supervisor.cq", GET,
                STAFF + "?province=CQ&role=SUPERVISOR&category=TAXIMETER&active=true&sort=staffNo,desc&size=500", null);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("content").findValuesAsText("staffNo")).contains(staffNo);
        assertThat(json(response).get("content").findValuesAsText("role")).containsOnly("SUPERVISOR");
        assertInvalidFields(send(http, "admin", GET, STAFF + "?sort=email", null), "sort");
        assertInvalidFields(send(http, "admin", GET, STAFF + "?role=BOSS", null), "role");
    }

    @Test
    void invalidStaffIsRejectedFieldByFieldAndNotStored() {
        String staffNo = freshStaffNo();
        Map<String, Object> staff = body(staffNo);
        staff.put("nameZh", "");
        staff.put("email", "nope");
        staff.put("qualifications", List.of("WATER_METER", "X".repeat(41)));
        staff.put("conflicts", List.of(Map.of("partyId", 1)));

        assertInvalidFields(send(http, "admin", POST, STAFF, toJson(staff)),
                "nameZh", "email", "qualifications", "conflicts[0].reason");
        assertThat(stored(staffNo)).isZero();
    }

    @Test
    void unknownCategoriesAndPartiesAreRejected() {
        String staffNo = freshStaffNo();
        Map<String, Object> staff = body(staffNo);
        staff.put("qualifications", List.of("UNICORN_METER"));
        staff.put("conflicts", List.of(Map.of("partyId", 999_999_999, "reason", "亲属")));

        var response = send(http, "admin", POST, STAFF, toJson(staff));

        assertInvalidFields(response, "qualifications", "conflicts");
        assertThat(reason(response, "conflicts")).contains("999999999");
        assertThat(stored(staffNo)).isZero();
    }

    @Test
    void aStaffNumberIsUsedOnlyOnceAndStaleUpdatesConflict() {
        String staffNo = freshStaffNo();
        long id = json(send(http, "admin", POST, STAFF, toJson(body(staffNo)))).get("id").asLong();

        assertThat(send(http, "admin", POST, STAFF, toJson(body(staffNo))).getStatusCode().value()).isEqualTo(409);
        Map<String, Object> update = body(null);
        update.remove("staffNo");
        update.put("version", 0);
        update.put("active", false);
        var first = send(http, "admin", PUT, STAFF + "/" + id, toJson(update));
        var stale = send(http, "admin", PUT, STAFF + "/" + id, toJson(update));
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        assertThat(json(first).get("active").asBoolean()).isFalse();
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(send(http, "admin", POST, STAFF + "/" + id + "/deactivate", "{\"version\": 1}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(send(http, "admin", GET, STAFF + "/99999999", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorRegistersStaff() {
        String staffNo = freshStaffNo();

        assertThat(send(http, "inspector.cq", POST, STAFF, toJson(body(staffNo))).getStatusCode().value())
                .isEqualTo(403);
        assertThat(send(http, null, GET, STAFF, null).getStatusCode().value()).isEqualTo(401);
        assertThat(stored(staffNo)).isZero();
    }

    private long stored(String staffNo) {
        return jdbc.sql("select count(*) from staff where staff_no = :no").param("no", staffNo)
                .query(Long.class).single();
    }

    private static String freshStaffNo() {
        return "T-" + ThreadLocalRandom.current().nextInt(100_000_000);
    }

    private static Map<String, Object> body(String staffNo) {
        Map<String, Object> body = new HashMap<>();
        body.put("staffNo", staffNo);
        body.put("role", "INSPECTOR");
        body.put("nameZh", "测试员");
        body.put("nameEn", "Test Inspector");
        body.put("province", "SC");
        body.put("email", "tester@staff.test.example");
        body.put("qualifications", List.of("WATER_METER", "TAXIMETER"));
        return body;
    }
}
