package cn.chuanyu.metrology.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One signed-in user of the HTTP API, as a program uses it: HTTP Basic on every call plus the session cookie the
 * first call opens, so the password hash is checked once per sign-in.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every call made so far by any user, reads and writes apart, so a run can say how many a lifecycle made. */
    static final AtomicLong READS = new AtomicLong();
    static final AtomicLong WRITES = new AtomicLong();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http;

    private Api(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in (the first call checks the password and opens the session). */
    static Api signIn(String baseUrl, String username, String password) {
        Api api = new Api(baseUrl, username, password);
        api.get("/api/tasks?limit=1");
        return api;
    }

    JsonNode get(String path) {
        READS.incrementAndGet();
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), path);
    }

    JsonNode post(String path, Object body) {
        WRITES.incrementAndGet();
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + " from " + path + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path, e);
        }
    }
}
