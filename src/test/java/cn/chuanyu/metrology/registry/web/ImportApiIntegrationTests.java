package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.chuanyu.metrology.registry.web.RegistryApi.freshCreditCode;
import static cn.chuanyu.metrology.registry.web.RegistryApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ImportApiIntegrationTests {

    static final String PARTY_HEADER = "credit_code,kind,name_zh,name_en,province,region_code,address,contact_emails,"
            + "preferred_language,risk_class,status,certificate_number,certificate_valid_from,certificate_valid_to,"
            + "scope_categories\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsNewPartiesAndExportsThemInTheSameColumns() {
        String body = freshCreditCode();
        String maker = freshCreditCode();
        String csv = PARTY_HEADER
                + body + ",AUTHORISED_BODY,导入计量所,Imported Station,SC,510100,\"成都市, 导入路1号\",a@x.example;b@x.example,"
                + "en,HIGH,,(川)法计2024-9,2024-01-01,2030-12-31,WATER_METER;TAXIMETER\n"
                + maker + ",INSTRUMENT_MAKER,导入仪表公司,,SC,,,,,LOW,SUSPENDED,,,,\n";

        JsonNode job = awaitEnd(startImport("parties", csv));

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(job.get("rowsValidated").asInt()).isEqualTo(2);
        assertThat(job.get("rowsImported").asInt()).isEqualTo(2);
        assertThat(stored(body) + stored(maker)).isEqualTo(2);
        String export = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForObject("/api/registry/parties/export?province=SC", String.class);
        assertThat(export).startsWith(PARTY_HEADER.strip())
                .contains(body + ",AUTHORISED_BODY,导入计量所,Imported Station,SC,510100,\"成都市, 导入路1号\","
                        + "a@x.example;b@x.example,en,HIGH,ACTIVE,(川)法计2024-9,2024-01-01,2030-12-31,TAXIMETER;WATER_METER")
                .contains(maker + ",INSTRUMENT_MAKER,导入仪表公司,,SC,,,,zh-CN,LOW,SUSPENDED,,,,");
    }

    @Test
    void reportsEveryBadRowAndImportsNothing() {
        String good = freshCreditCode();
        String registered = freshCreditCode();
        startAndAwait("parties", PARTY_HEADER + registered + ",INSTRUMENT_MAKER,已登记公司,,CQ,,,,,LOW,,,,,\n");
        String badCheck = freshCreditCode().substring(0, 17) + "I";
        String twice = freshCreditCode();
        String csv = PARTY_HEADER
                + good + ",INSTRUMENT_MAKER,好公司,,SC,,,,,LOW,,,,,\n"                     // row 2 fine
                + badCheck + ",INSTRUMENT_MAKER,坏代码,,SC,,,,,LOW,,,,,\n"                  // row 3
                + twice + ",BANK,,,SC,,,,,LOW,,,,,\n"                                       // row 4: kind, name_zh
                + twice + ",INSTRUMENT_MAKER,重复,,SC,500103,,,,LOW,,,,,\n"                 // row 5: repeat, region
                + twice + ",INSTRUMENT_MAKER,重复,,SC,,,,,LOW,,,,,\n"                       // row 6: repeats row 4
                + registered + ",INSTRUMENT_MAKER,已登记公司,,CQ,,,,,LOW,,,,,\n"            // row 7: registered
                + freshCreditCode() + ",AUTHORISED_BODY,所,,SC,,,,,LOW,,X,2024-13-01,2030-01-01,WATER_METER\n" // row 8
                + "too,few,cells\n";                                                         // row 9

        JsonNode job = awaitEnd(startImport("parties", csv));

        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("rowsImported").asInt()).isZero();
        assertThat(job.get("rowsRead").asInt()).isEqualTo(8);
        List<JsonNode> errors = job.get("errors").findParents("row");
        assertThat(errors).extracting(e -> e.get("row").asInt(), e -> e.get("column").asText()).containsExactly(
                tuple(3, "credit_code"), tuple(4, "kind"), tuple(4, "name_zh"), tuple(5, "credit_code"),
                tuple(5, "region_code"), tuple(6, "credit_code"), tuple(7, "credit_code"),
                tuple(8, "certificate_valid_from"), tuple(9, "*"));
        assertThat(job.get("errorCount").asInt()).isEqualTo(9);
        assertThat(errors.get(5).get("reason").asText()).isEqualTo("repeats the value of row 4");
        assertThat(errors.get(6).get("reason").asText()).contains("already registered");
        assertThat(stored(good)).isZero();
        String errorsCsv = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForObject("/api/registry/imports/" + job.get("id").asLong() + "/errors", String.class);
        assertThat(errorsCsv.lines()).hasSize(10).first().isEqualTo("row,column,reason");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        JsonNode job = awaitEnd(startImport("parties", "credit_code,name,colour\n" + freshCreditCode() + ",x,red\n"));

        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("errors").findParents("row")).extracting(e -> e.get("row").asInt(), e -> e.get("column").asText())
                .contains(tuple(1, "kind"), tuple(1, "name_zh"), tuple(1, "colour"));
    }

    @Test
    void theSameFileCannotBeImportedTwiceAtOnce() throws Exception {
        String code = freshCreditCode();
        String csv = PARTY_HEADER + code + ",INSTRUMENT_MAKER,并发公司,,SC,,,,,LOW,,,,,\n";
        String hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8)));
        // another node is importing this very file right now
        jdbc.sql("insert into import_job (kind, content_hash, status, started_by) values ('PARTIES', :hash, 'RUNNING', 'other')")
                .param("hash", hash).update();

        ResponseEntity<String> second = startImport("parties", csv);

        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stored(code)).isZero();
    }

    @Test
    void importsStaffFromAnUploadedFile() {
        String staffNo = "IMP-" + ThreadLocalRandom.current().nextInt(100_000_000);
        String csv = "staff_no,role,name_zh,name_en,province,email,active,qualifications\n"
                + staffNo + ",SUPERVISOR,导入审核人,Imported Supervisor,CQ,s@staff.example,false,WATER_METER;TAXIMETER\n";
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "staff.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        var started = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .postForEntity("/api/registry/staff/import", new HttpEntity<>(form, headers), String.class);
        JsonNode job = awaitEnd(started);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("fileName").asText()).isEqualTo("staff.csv");
        String export = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForObject("/api/registry/staff/export?province=CQ", String.class);
        assertThat(export).contains(staffNo + ",SUPERVISOR,导入审核人,Imported Supervisor,CQ,s@staff.example,false,"
                + "TAXIMETER;WATER_METER");
    }

    @Test
    void theEnforcementCertificateGoesInWithAnImportAndComesOutWithTheExport() {
        String staffNo = "IMC-" + ThreadLocalRandom.current().nextInt(100_000_000);
        String csv = "staff_no,role,name_zh,province,enforcement_certificate_no,enforcement_certificate_valid_until\n"
                + staffNo + ",INSPECTOR,导入检查员,SC,川执 51-7001,2029-01-31\n";
        var started = http.withBasicAuth("admin", RegistryApi.PASSWORD).postForEntity("/api/registry/staff/import",
                new HttpEntity<>(csv, csvHeaders()), String.class);
        JsonNode job = awaitEnd(started);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        String export = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForObject("/api/registry/staff/export?province=SC", String.class);
        assertThat(export.lines().findFirst().orElseThrow())
                .endsWith("enforcement_certificate_no,enforcement_certificate_valid_until");
        assertThat(export).contains(staffNo + ",INSPECTOR,导入检查员,").contains(",川执 51-7001,2029-01-31");
    }

    private static HttpHeaders csvHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return headers;
    }

    @Test
    void anUploadWithoutAFileNamesTheMissingPart() {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("note", "no file here");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        var response = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .postForEntity("/api/registry/parties/import", new HttpEntity<>(form, headers), String.class);

        RegistryApi.assertInvalidFields(response, "file");
    }

    @Test
    void theExportsWithTheirContactAddressesAndTheImportReportsAreForAdministratorsOnly() {
        String contact = "row6-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@x.example";
        long job = awaitEnd(startImport("parties", PARTY_HEADER + freshCreditCode()
                + ",INSTRUMENT_MAKER,报告单位,,SC,,," + contact + ",,LOW,,,,,\n")).get("id").asLong();
        List<String> paths = List.of("/api/registry/parties/export", "/api/registry/staff/export",
                "/api/registry/imports/" + job, "/api/registry/imports/" + job + "/errors");

        for (String user : List.of("inspector.sc", "supervisor.sc", "supervisor.cq", "inspector.cq")) {
            for (String path : paths) {
                ResponseEntity<String> refused = http.withBasicAuth(user, RegistryApi.PASSWORD)
                        .getForEntity(path, String.class);
                assertThat(refused.getStatusCode().value()).as(user + " " + path).isEqualTo(403);
                assertThat(refused.getBody()).as(user + " " + path).doesNotContain(contact);
            }
        }
        for (String path : paths) {
            assertThat(http.withBasicAuth("admin", RegistryApi.PASSWORD).getForEntity(path, String.class)
                    .getStatusCode().value()).as("admin " + path).isEqualTo(200);
        }
        assertThat(http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForObject("/api/registry/parties/export", String.class)).contains(contact);
    }

    @Test
    void onlyAnAdministratorImports() {
        String code = freshCreditCode();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        var response = http.withBasicAuth("supervisor.sc", RegistryApi.PASSWORD).postForEntity(
                "/api/registry/parties/import",
                new HttpEntity<>(PARTY_HEADER + code + ",INSTRUMENT_MAKER,越权,,SC,,,,,LOW,,,,,\n", headers), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity("/api/registry/imports/1", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .getForEntity("/api/registry/imports/987654321", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(stored(code)).isZero();
    }

    ResponseEntity<String> startImport(String register, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .postForEntity("/api/registry/" + register + "/import", new HttpEntity<>(csv, headers), String.class);
    }

    private void startAndAwait(String register, String csv) {
        assertThat(awaitEnd(startImport(register, csv)).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    JsonNode awaitEnd(ResponseEntity<String> started) {
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        String location = started.getHeaders().getLocation().toString();
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> json(
                        http.withBasicAuth("admin", RegistryApi.PASSWORD).getForEntity(location, String.class)),
                job -> !job.get("status").asText().equals("RUNNING"));
    }

    private long stored(String code) {
        return jdbc.sql("select count(*) from party where credit_code = :code").param("code", code)
                .query(Long.class).single();
    }
}
