package cn.chuanyu.metrology.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in page visitor for page tests: keeps the session cookie like a browser, does not follow redirects, and
 * posts forms with the CSRF token of the page they are on (or, to test the refusal, without one).
 */
public final class PageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A visitor who has not signed in. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** A visitor signed in through the login form, in Chinese. */
    public static PageSession signedIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        HttpResponse<String> answer = session.post("/login", "/login", Map.of("username", username,
                "password", password));
        assertThat(answer.headers().firstValue("Location").orElse("")).as("sign-in of " + username)
                .doesNotContain("error");
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN").header("Accept", "text/html").GET());
    }

    /** Posts the fields with the CSRF token the page {@code formPage} carries. */
    public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
        Matcher token = CSRF_FIELD.matcher(get(formPage).body());
        assertThat(token.find()).as("a CSRF field on " + formPage).isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        return postWithoutToken(path, all);
    }

    /** Posts the fields as they are: without a CSRF token unless one is among them. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
