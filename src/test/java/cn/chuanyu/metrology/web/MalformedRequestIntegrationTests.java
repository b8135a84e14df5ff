package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths an outside probe tries to slip past path-based rules, and credentials it gets wrong: each is answered
 * with one RFC 9457 problem (never a 500, never a stack trace, never the framework's default error JSON).
 */
@IntegrationTest
class MalformedRequestIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void pathsNotInCanonicalFormAreRefusedWith400ProblemDetailsBeforeAnythingReadsThem() throws Exception {
        for (String path : new String[] {"/engine-rest;x=1/task", "/public/../engine-rest/task",
                "/api//inspections", "/api/inspections;jsessionid=x", "/public/%2e%2e/engine-rest/task"}) {
            HttpResponse<String> answer = get(path, null);

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"status\":400").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aWrongHttpBasicPasswordIsA401ProblemWithTheBasicChallenge() throws Exception {
        HttpResponse<String> answer = get("/api/inspections", "admin:not-the-password");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"chuanyu-metrology\"");
        assertThat(answer.body()).contains("\"status\":401").doesNotContain("timestamp");
    }

    @Test
    void unreadableHttpBasicCredentialsAreA401ProblemToo() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base() + "/api/inspections"))
                .header("Authorization", "Basic not-base64!").GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
