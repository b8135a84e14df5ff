package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
class PartyApiIntegrationTests {

    private static final String PARTIES = "/api/registry/parties";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAnAuthorisedBodyAndFlagsWhatHasExpired() {
        String code = freshCreditCode();
        var response = send(http, "admin", POST, PARTIES, toJson(body(code)));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        JsonNode party = json(response);
        assertThat(response.getHeaders().getLocation()).hasToString(PARTIES + "/" + party.get("id").asLong());
        assertThat(party.get("creditCode").asText()).isEqualTo(code);
        assertThat(party.at("/certificate/expired").asBoolean()).isFalse();
        assertThat(party.at("/standards/0/expired").asBoolean()).isTrue();
        assertThat(party.at("/standards/1/expired").asBoolean()).isFalse();
        assertThat(party.get("version").asInt()).isZero();

        var read = send(http, "inspector.sc", GET, PARTIES + "/" + party.get("id").asLong(), null);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(json(read).get("nameZh").asText()).isEqualTo("测试计量检测所");
    }

    @Test
    void registersAMakerWithAnExpiredTypeApproval() {
        Map<String, Object> maker = body(freshCreditCode());
        maker.put("kind", "INSTRUMENT_MAKER");
        maker.remove("certificate");
        maker.remove("standards");
        maker.put("products", List.of(Map.of("name", "加油机 X1", "categoryCode", "FUEL_DISPENSER",
                "typeApprovalNumber", "2020F101-51", "approvalValidFrom", TODAY.minusYears(5).toString(),
                "approvalValidTo", TODAY.minusDays(1).toString())));

        var response = send(http, "admin", POST, PARTIES, toJson(maker));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(json(response).at("/products/0/expired").asBoolean()).isTrue();
    }

    @Test
    void listsPartiesFilteredAndSorted() {
        String code = freshCreditCode();
        Map<String, Object> party = body(code);
        party.put("province", "CQ");
        party.put("regionCode", "500103");
        party.put("status", "SUSPENDED");
        party.put("certificate", certificate(List.of("SPEED_RADAR")));
        send(http, "admin", POST, PARTIES, toJson(party));

        var response = send(http, "inspector.cq", GET, PARTIES
                + "?province=CQ&kind=AUTHORISED_BODY&category=SPEED_RADAR&status=SUSPENDED&sort=updatedAt,desc&size=5", null);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode page = json(response);
        assertThat(page.at("/content/0/creditCode").asText()).isEqualTo(code);
        assertThat(page.get("content").findValuesAsText("province")).containsOnly("CQ");
        assertThat(page.get("content").findValuesAsText("status")).containsOnly("SUSPENDED");
        assertThat(page.get("size").asInt()).isEqualTo(5);
    }

    @Test
    void listRejectsUnknownFiltersAndSortFields() {
        assertInvalidFields(send(http, "admin", GET, PARTIES + "?sort=password", null), "sort");
        assertInvalidFields(send(http, "admin", GET, PARTIES + "?kind=BANK", null), "kind");
        assertInvalidFields(send(http, "admin", GET, PARTIES + "?category=NOPE", null), "category");
        assertInvalidFields(send(http, "admin", GET, PARTIES + "?province=BJ&size=0", null), "province", "size");
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsStored() {
        String code = freshCreditCode();
        Map<String, Object> party = body(code);
        party.put("nameZh", " ");
        party.put("province", "BJ");
        party.put("address", "长".repeat(501));
        party.put("contactEmails", List.of("not-an-email"));
        party.put("certificate", Map.of("number", "X", "validFrom", TODAY.toString(), "scope", List.of()));

        var response = send(http, "admin", POST, PARTIES, toJson(party));

        assertInvalidFields(response, "nameZh", "province", "address", "contactEmails[0]", "certificate.validTo",
                "certificate.scope");
        assertThat(stored(code)).isZero();
    }

    @Test
    void aBadCreditCodeNamesThePositionThatIsWrong() {
        String code = freshCreditCode();
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        var response = send(http, "admin", POST, PARTIES, toJson(body(wrongCheck)));

        assertInvalidFields(response, "creditCode");
        assertThat(reason(response, "creditCode")).contains("position 18").contains("'" + code.charAt(17) + "'");
        var badCharacter = send(http, "admin", POST, PARTIES, toJson(body("91510100IAAAAAAAA0")));
        assertThat(reason(badCharacter, "creditCode")).contains("position 9");
        assertThat(stored(wrongCheck)).isZero();
    }

    @Test
    void unknownCategoriesAndRegionsAreRejected() {
        String code = freshCreditCode();
        Map<String, Object> party = body(code);
        party.put("regionCode", "500103");
        party.put("certificate", certificate(List.of("FUEL_DISPENSER", "TIME_MACHINE")));

        var response = send(http, "admin", POST, PARTIES, toJson(party));

        assertInvalidFields(response, "regionCode", "certificate.scope");
        assertThat(reason(response, "certificate.scope")).contains("TIME_MACHINE");
        assertThat(stored(code)).isZero();
    }

    @Test
    void unreadableBodiesSayWhichFieldAndWhy() {
        String code = freshCreditCode();
        assertInvalidFields(send(http, "admin", POST, PARTIES, "{\"creditCode\": \"" + code + "\","), "body");
        Map<String, Object> unknownEnum = body(code);
        unknownEnum.put("riskClass", "EXTREME");
        var enumResponse = send(http, "admin", POST, PARTIES, toJson(unknownEnum));
        assertInvalidFields(enumResponse, "riskClass");
        assertThat(reason(enumResponse, "riskClass")).contains("LOW, MEDIUM, HIGH");
        Map<String, Object> wrongType = body(code);
        wrongType.put("contactEmails", Map.of("a", 1));
        assertInvalidFields(send(http, "admin", POST, PARTIES, toJson(wrongType)), "contactEmails");
        Map<String, Object> badDate = body(code);
        badDate.put("certificate", Map.of("number", "X", "validFrom", "yesterday", "validTo", "2030-01-01",
                "scope", List.of("WATER_METER")));
        assertInvalidFields(send(http, "admin", POST, PARTIES, toJson(badDate)), "certificate.validFrom");
        Map<String, Object> unknownProperty = body(code);
        unknownProperty.put("owner", "someone");
        assertInvalidFields(send(http, "admin", POST, PARTIES, toJson(unknownProperty)), "owner");
        assertThat(stored(code)).isZero();
    }

    @Test
    void aCreditCodeIsRegisteredOnlyOnce() {
        String code = freshCreditCode();
        send(http, "admin", POST, PARTIES, toJson(body(code)));

        var again = send(http, "admin", POST, PARTIES, toJson(body(code)));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(reason(again, "creditCode")).contains("already registered");
        assertThat(stored(code)).isEqualTo(1);
    }

    @Test
    void unknownIdsAre404() {
        var response = send(http, "admin", GET, PARTIES + "/999999999", null);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(send(http, "admin", PUT, PARTIES + "/999999999", toJson(update(0))).getStatusCode().value())
                .isEqualTo(404);
        assertInvalidFields(send(http, "admin", GET, PARTIES + "/abc", null), "id");
    }

    @Test
    void anUpdateOnAStaleVersionIsAConflictAndChangesNothing() {
        long id = json(send(http, "admin", POST, PARTIES, toJson(body(freshCreditCode())))).get("id").asLong();

        var first = send(http, "admin", PUT, PARTIES + "/" + id, toJson(update(0)));
        var stale = send(http, "admin", PUT, PARTIES + "/" + id, toJson(update(0)));

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        assertThat(json(first).get("version").asInt()).isEqualTo(1);
        assertThat(json(first).get("nameEn").asText()).isEqualTo("Renamed Testing Station");
        assertThat(json(first).get("standards")).isEmpty();
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(reason(stale, "version")).isNotBlank();
    }

    @Test
    void deactivationNeedsTheCurrentVersion() {
        long id = json(send(http, "admin", POST, PARTIES, toJson(body(freshCreditCode())))).get("id").asLong();

        var stale = send(http, "admin", POST, PARTIES + "/" + id + "/deactivate", "{\"version\": 7}");
        var done = send(http, "admin", POST, PARTIES + "/" + id + "/deactivate", "{\"version\": 0}");

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(done.getStatusCode().value()).isEqualTo(200);
        assertThat(json(done).get("status").asText()).isEqualTo("INACTIVE");
        assertInvalidFields(send(http, "admin", POST, PARTIES + "/" + id + "/deactivate", "{}"), "version");
    }

    @Test
    void onlyAnAdministratorWritesAndOnlySignedInPeopleRead() {
        String code = freshCreditCode();

        assertThat(send(http, "inspector.sc", POST, PARTIES, toJson(body(code))).getStatusCode().value()).isEqualTo(403);
        assertThat(send(http, "supervisor.cq", POST, PARTIES, toJson(body(code))).getStatusCode().value()).isEqualTo(403);
        assertThat(send(http, null, POST, PARTIES, toJson(body(code))).getStatusCode().value()).isEqualTo(401);
        assertThat(send(http, null, GET, PARTIES, null).getStatusCode().value()).isEqualTo(401);
        assertThat(stored(code)).isZero();
    }

    @Test
    void referenceDataIsReadable() {
        var categories = send(http, "inspector.sc", GET, "/api/registry/categories", null);
        var regions = send(http, "inspector.sc", GET, "/api/registry/regions?province=CQ", null);

        assertThat(json(categories).findValuesAsText("code")).contains("FUEL_DISPENSER", "TAXIMETER");
        assertThat(json(regions).findValuesAsText("province")).containsOnly("CQ").hasSize(38);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        var docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(json(docs).get("paths").has("/api/registry/parties/{id}")).isTrue();
        assertThat(json(docs).get("paths").has("/api/registry/imports/{id}")).isTrue();
    }

    private long stored(String code) {
        return jdbc.sql("select count(*) from party where credit_code = :code").param("code", code)
                .query(Long.class).single();
    }

    static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", code);
        body.put("kind", "AUTHORISED_BODY");
        body.put("nameZh", "测试计量检测所");
        body.put("nameEn", "Test Metrology Station");
        body.put("province", "SC");
        body.put("regionCode", "510100");
        body.put("address", "成都市测试路1号");
        body.put("contactEmails", List.of("office@test.example"));
        body.put("riskClass", "MEDIUM");
        body.put("certificate", certificate(List.of("WATER_METER", "GAS_METER")));
        body.put("standards", List.of(
                Map.of("name", "水表检定装置", "certificateNumber", "S-1", "calibrationDue", TODAY.minusDays(1).toString()),
                Map.of("name", "燃气表检定装置", "certificateNumber", "S-2", "calibrationDue", TODAY.plusDays(30).toString())));
        return body;
    }

    private static Map<String, Object> certificate(List<String> scope) {
        return Map.of("number", "(川)法计2024-T", "validFrom", TODAY.minusYears(1).toString(),
                "validTo", TODAY.plusYears(2).toString(), "scope", scope);
    }

    private static Map<String, Object> update(int version) {
        Map<String, Object> body = body("ignored");
        body.remove("creditCode");
        body.remove("kind");
        body.remove("standards");
        body.put("version", version);
        body.put("status", "ACTIVE");
        body.put("nameEn", "Renamed Testing Station");
        return body;
    }
}
