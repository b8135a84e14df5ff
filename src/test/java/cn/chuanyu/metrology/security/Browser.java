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

    /**
     * Any method with a body and extra headers, as another site's form or a page script would send it with this
     * browser's cookies.
     */
    HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
        headers.forEach(builder::header);
        return send(builder.method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data body with one file field, as an HTML form with an upload sends it. */
    static String multipart(String boundary, Map<String, String> fields, String fileField, String fileName,
                            String fileContent) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(fileContent).append("\r\n--").append(boundary).append("--\r\n");
        return body.toString();
    }

    /** The CSRF token Camunda's webapps send back: Camunda hands it out as a cookie when a webapp is opened. */
    String camundaCsrfToken() {
        get("/camunda/app/cockpit/default/");
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("Camunda handed out no CSRF token"));
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
        // the domain java.net.CookieManager gives the server's cookies for a host without a dot, so that the
        // server's next session cookie replaces this one instead of being kept beside it
        cookie.setDomain("localhost.local");
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
