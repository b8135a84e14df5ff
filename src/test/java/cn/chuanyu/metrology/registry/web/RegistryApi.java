package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the registry API as a signed-in user in integration tests, with fresh credit codes per call. */
final class RegistryApi {

    static final String PASSWORD = "chuanyu-demo";
    private static final CreditCodeGenerator CODES = new CreditCodeGenerator(ThreadLocalRandom.current().nextLong());
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextInt(1_000_000));
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryApi() {
    }

    static String freshCreditCode() {
        return CODES.code(NEXT.incrementAndGet(), "510100");
    }

    static ResponseEntity<String> send(TestRestTemplate http, String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, PASSWORD);
        return client.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** Asserts a 400 problem+json whose errors name exactly these fields (in any order). */
    static void assertInvalidFields(ResponseEntity<String> response, String... fields) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> named = json(response).get("errors").findValuesAsText("field");
        assertThat(named).as(response.getBody()).containsExactlyInAnyOrder(fields);
    }

    static String reason(ResponseEntity<String> response, String field) {
        for (JsonNode error : json(response).get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("reason").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.getBody());
    }

    static String toJson(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
