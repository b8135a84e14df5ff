package cn.chuanyu.metrology.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client that keeps cookies like a browser and does not follow redirects, for security tests. */
final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String basicCredentials;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends HTTP Basic credentials with every request from now on. */
    Browser withBasic(String username, String password) {
        basicCredentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String path) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("")));
    }

    /** Any method with a body of the given type (none for GET). */
    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (method.equals("GET")) {
            return send(builder.GET());
        }
        String type = contentType.startsWith("multipart/") ? contentType + "; boundary=matrix" : contentType;
        return send(builder.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login page, with the CSRF token the page carries; returns the answer to the post. */
    HttpResponse<String> signIn(String username, String password) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrfTokenOf("/login"));
        return postForm("/login", fields);
    }

    /** Whether the session is signed in: the API answers 401 only to someone who is not. */
    boolean isSignedIn() {
        return get("/api/session-probe-" + System.nanoTime()).statusCode() != 401;
    }

    String csrfTokenOf(String page) {
        Matcher token = CSRF_FIELD.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException(page + " carries no CSRF token");
        }
        return token.group(1);
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as someone holding an old or stolen cookie would. */
    void useSession(String sessionId) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        if (basicCredentials != null) {
            builder.header("Authorization", "Basic " + basicCredentials);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
