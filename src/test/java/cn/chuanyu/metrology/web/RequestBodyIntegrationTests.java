package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body is answered with every problem it has in one problem+json: values of the wrong type, missing
 * fields, broken domain rules, unknown and duplicate keys, each as {@code {field, reason}}; nothing is stored.
 */
@IntegrationTest
class RequestBodyIntegrationTests {

    private static final CreditCodeGenerator CODES = new CreditCodeGenerator(ThreadLocalRandom.current().nextLong());

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTypeErrorAMissingFieldAndADomainRuleAreAnsweredTogether() throws Exception {
        String code = CODES.code(ThreadLocalRandom.current().nextInt(1_000_000), "510100");
        String body = """
                {"creditCode": "%s", "kind": "AUTHORISED_BODY", "province": "SC", "regionCode": "500103",
                 "riskClass": "EXTREME", "contactEmails": "not-a-list"}""".formatted(code);

        Map<String, String> errors = errors(post("/api/registry/parties", body));

        assertThat(errors).containsOnlyKeys("riskClass", "contactEmails", "nameZh", "regionCode");
        assertThat(errors.get("riskClass")).startsWith("must be one of");
        assertThat(errors.get("contactEmails")).isEqualTo("must be a list");
        assertThat(errors.get("nameZh")).isEqualTo("is required");
        assertThat(errors.get("regionCode")).isEqualTo("region 500103 is not in province SC");
        assertThat(jdbc.sql("select count(*) from party where credit_code = :code").param("code", code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void typeErrorsOfSeveralFieldsAreAllNamed() throws Exception {
        String body = """
                {"name": "计划", "partyKind": "BANK", "categories": ["WATER_METER"], "provinces": ["SC", "XX"],
                 "sampleCount": "three", "periodStart": "2027-13-01", "periodEnd": "2027-03-31",
                 "windowStart": "2027-01-15", "windowEnd": "2027-02-28", "seed": "s"}""";

        Map<String, String> errors = errors(post("/api/campaigns", body));

        assertThat(errors).containsKeys("partyKind", "sampleCount", "periodStart", "provinces");
        assertThat(errors.get("sampleCount")).isEqualTo("must be a number");
        assertThat(errors.get("periodStart")).isEqualTo("must be a date (yyyy-MM-dd)");
        assertThat(errors.get("provinces")).isEqualTo("must be SC or CQ");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotReadAsTheLastOne() throws Exception {
        String code = CODES.code(ThreadLocalRandom.current().nextInt(1_000_000), "510100");
        String body = """
                {"creditCode": "%s", "kind": "INSTRUMENT_MAKER", "nameZh": "重复键", "province": "SC",
                 "province": "CQ", "riskClass": "LOW", "riskClass": "HIGH"}""".formatted(code);

        Map<String, String> errors = errors(post("/api/registry/parties", body));

        assertThat(errors).containsOnlyKeys("province", "riskClass");
        assertThat(errors.get("province")).isEqualTo("is given more than once");
        assertThat(jdbc.sql("select count(*) from party where credit_code = :code").param("code", code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void everyUnknownPropertyIsNamed() throws Exception {
        String body = """
                {"creditCode": "x", "colour": "red", "certificate": {"number": "N", "stamp": true}, "owner": {}}""";

        Map<String, String> errors = errors(post("/api/registry/parties", body));

        assertThat(errors).containsKeys("colour", "certificate.stamp", "owner");
        assertThat(errors.get("colour")).isEqualTo("unknown property");
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        return http.withBasicAuth("admin", "chuanyu-demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** The answer's errors by field (the first reason of each), after checking it is one 400 problem+json. */
    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        return StreamSupport.stream(errors.spliterator(), false).collect(Collectors.toMap(
                entry -> entry.get("field").asText(), entry -> entry.get("reason").asText(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
