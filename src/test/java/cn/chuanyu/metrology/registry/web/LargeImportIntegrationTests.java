package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.chuanyu.metrology.registry.web.RegistryApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class LargeImportIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(LargeImportIntegrationTests.class);
    private static final int ROWS = 100_000;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    /** Logs the throughput; the time limit is generous because CI machines may be shared and busy. */
    @Test
    void aHundredThousandRowsImportWithVisibleProgress() {
        long seed = ThreadLocalRandom.current().nextLong();
        byte[] csv = partiesCsv(seed);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        long start = System.nanoTime();

        var started = http.withBasicAuth("admin", RegistryApi.PASSWORD)
                .postForEntity("/api/registry/parties/import", new HttpEntity<>(csv, headers), String.class);
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
        String location = started.getHeaders().getLocation().toString();
        List<Integer> rowsReadWhileRunning = new ArrayList<>();
        JsonNode job = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode current = json(http.withBasicAuth("admin", RegistryApi.PASSWORD).getForEntity(location, String.class));
            if (current.get("status").asText().equals("RUNNING")) {
                rowsReadWhileRunning.add(current.get("rowsRead").asInt());
            }
            return current;
        }, current -> !current.get("status").asText().equals("RUNNING"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        long jobMillis = jdbc.sql("select (extract(epoch from finished_at - started_at) * 1000)::bigint from import_job"
                + " where id = :id").param("id", job.get("id").asLong()).query(Long.class).single();
        log.info("Imported {} parties ({} MB of CSV) in {} ms from upload to polled result, {} ms in the job: {} rows/s",
                ROWS, csv.length / 1_000_000, took.toMillis(), jobMillis, ROWS * 1000L / Math.max(1, jobMillis));
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("rowsImported").asInt()).isEqualTo(ROWS);
        assertThat(rowsReadWhileRunning).anyMatch(read -> read > 0 && read < ROWS);
        String firstCode = new CreditCodeGenerator(seed).code(0, "510100");
        assertThat(jdbc.sql("select count(*) from authorisation_certificate c join party p on p.id = c.party_id"
                + " where p.credit_code = :code").param("code", firstCode).query(Long.class).single()).isEqualTo(1);
    }

    private static byte[] partiesCsv(long seed) {
        CreditCodeGenerator codes = new CreditCodeGenerator(seed);
        StringBuilder csv = new StringBuilder(ImportApiIntegrationTests.PARTY_HEADER);
        for (int n = 0; n < ROWS; n++) {
            boolean sichuan = n % 2 == 0;
            String region = sichuan ? "510100" : "500103";
            csv.append(codes.code(n, region)).append(',');
            if (n % 5 == 0) {
                csv.append("AUTHORISED_BODY,批量计量所").append(n).append(",Bulk Station ").append(n).append(',')
                        .append(sichuan ? "SC" : "CQ").append(',').append(region)
                        .append(",批量路").append(n).append("号,office").append(n).append("@bulk.example,zh-CN,MEDIUM,ACTIVE,")
                        .append("(批)法计2024-").append(n).append(",2024-01-01,2029-12-31,WATER_METER;GAS_METER\n");
            } else {
                csv.append("INSTRUMENT_MAKER,批量仪表公司").append(n).append(",Bulk Instruments ").append(n).append(',')
                        .append(sichuan ? "SC" : "CQ").append(',').append(region)
                        .append(",批量路").append(n).append("号,sales").append(n).append("@bulk.example,en,LOW,ACTIVE,,,,\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
