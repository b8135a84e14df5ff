package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.web.PageSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.chuanyu.metrology.registry.web.RegistryApi.assertInvalidFields;
import static cn.chuanyu.metrology.registry.web.RegistryApi.freshCreditCode;
import static cn.chuanyu.metrology.registry.web.RegistryApi.json;
import static cn.chuanyu.metrology.registry.web.RegistryApi.send;
import static cn.chuanyu.metrology.registry.web.RegistryApi.toJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Where a party operates besides its home province (a site, a service, instruments on the market), kept in the
 * registry through the API, the party page and the CSV import and export; the home province is never listed.
 */
@IntegrationTest
class OperatingProvincesIntegrationTests {

    private static final String PARTIES = "/api/registry/parties";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiRecordsKeepsAndClearsWhereAPartyOperatesAndRefusesItsHomeProvince() {
        var home = send(http, "admin", POST, PARTIES, toJson(maker(freshCreditCode(),
                List.of(Map.of("province", "SC", "basis", "SITE")))));
        assertInvalidFields(home, "operatingProvinces");
        assertThat(RegistryApi.reason(home, "operatingProvinces")).contains("home province");

        var created = send(http, "admin", POST, PARTIES, toJson(maker(freshCreditCode(),
                List.of(Map.of("province", "CQ", "basis", "MARKET")))));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(json(created).get("operatingProvinces").toString())
                .isEqualTo("[{\"province\":\"CQ\",\"basis\":\"MARKET\"}]");

        var renamed = send(http, "admin", PUT, PARTIES + "/" + id, toJson(Map.of("version", 0, "nameZh", "改名仪表公司",
                "province", "SC", "riskClass", "LOW", "status", "ACTIVE")));
        assertThat(renamed.getStatusCode().is2xxSuccessful()).as(renamed.getBody()).isTrue();
        assertThat(read(id).get("operatingProvinces").toString()).as("an update that does not say keeps them")
                .contains("MARKET");
        send(http, "admin", PUT, PARTIES + "/" + id, toJson(Map.of("version", 1, "nameZh", "改名仪表公司",
                "province", "SC", "riskClass", "LOW", "status", "ACTIVE", "operatingProvinces", List.of())));
        assertThat(read(id).get("operatingProvinces")).isEmpty();
        assertThat(jdbc.sql("select detail from audit_record where action = 'PARTY_UPDATED' and subject_id = :id"
                        + " order by sequence_no desc limit 1").param("id", String.valueOf(id)).query(String.class)
                .single()).contains("operatingProvinces");
    }

    @Test
    void theCsvImportReadsAndTheExportWritesTheOperatingProvincesColumn() {
        String code = freshCreditCode();
        String header = ImportApiIntegrationTests.PARTY_HEADER.strip() + ",operating_provinces\n";
        JsonNode refused = awaitEnd(startImport(header
                + freshCreditCode() + ",INSTRUMENT_MAKER,坏经营地,,SC,,,,,LOW,,,,,,XX:SITE\n"
                + freshCreditCode() + ",INSTRUMENT_MAKER,本省经营地,,SC,,,,,LOW,,,,,,SC:SITE\n"));
        JsonNode imported = awaitEnd(startImport(header
                + code + ",INSTRUMENT_MAKER,跨省仪表公司,,SC,,,,,LOW,,,,,,CQ:SERVICE\n"));

        assertThat(refused.get("status").asText()).isEqualTo("FAILED");
        assertThat(refused.get("errors").findValuesAsText("column")).containsExactly("operating_provinces",
                "operating_provinces");
        assertThat(imported.get("status").asText()).as(imported.toString()).isEqualTo("SUCCEEDED");
        String export = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForObject("/api/registry/parties/export?province=SC", String.class);
        assertThat(export.lines().findFirst().orElseThrow()).endsWith(",scope_categories,operating_provinces");
        assertThat(export.lines().filter(line -> line.startsWith(code))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(",CQ:SERVICE"));
    }

    @Test
    void anAdministratorSetsTheOtherProvinceOnThePartyPage() {
        var created = send(http, "admin", POST, PARTIES, toJson(maker(freshCreditCode(), null)));
        long id = json(created).get("id").asLong();
        PageSession admin = PageSession.signedIn(port, "admin", RegistryApi.PASSWORD);
        String page = "/admin/parties/" + id;

        var missingBasis = admin.post(page, page, form(0, "CQ", ""));
        var saved = admin.post(page, page, form(0, "CQ", "SITE"));

        assertThat(missingBasis.statusCode()).isEqualTo(200);
        assertThat(missingBasis.body()).contains("field-error", "须同时填写省/直辖市和经营依据");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(read(id).get("operatingProvinces").toString()).isEqualTo("[{\"province\":\"CQ\",\"basis\":\"SITE\"}]");
        assertThat(admin.get(page).body()).contains("<option value=\"CQ\" selected=\"selected\">");
    }

    private static Map<String, String> form(int version, String province, String basis) {
        return Map.of("version", String.valueOf(version), "nameZh", "页面仪表公司", "regionCode", "510100",
                "riskClass", "LOW", "status", "ACTIVE", "operatingProvinces", province, "operatingBasis", basis);
    }

    private JsonNode read(long id) {
        return json(send(http, "admin", GET, PARTIES + "/" + id, null));
    }

    private static Map<String, Object> maker(String code, List<Map<String, String>> operating) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("creditCode", code, "kind", "INSTRUMENT_MAKER",
                "nameZh", "跨省仪表公司", "province", "SC", "riskClass", "LOW"));
        if (operating != null) {
            body.put("operatingProvinces", operating);
        }
        return body;
    }

    private org.springframework.http.ResponseEntity<String> startImport(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .postForEntity("/api/registry/parties/import", new HttpEntity<>(csv, headers), String.class);
    }

    private JsonNode awaitEnd(org.springframework.http.ResponseEntity<String> started) {
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        String location = started.getHeaders().getLocation().toString();
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> json(
                        http.withBasicAuth("admin", RegistryApi.PASSWORD).getForEntity(location, String.class)),
                job -> !job.get("status").asText().equals("RUNNING"));
    }
}
