package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.planning.Campaigns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every endpoint of the application (the OpenAPI document and every handler method, pages included) as
 * anonymous and as each role and province, and compares what each caller gets with {@code access-matrix.csv}. A
 * read of a record is called with real records of both provinces ({@link MatrixRecords}: an SC inspection on
 * {@code inspector.sc}'s team, one of another SC team, a CQ one, and a campaign of each province), so the matrix
 * proves province and team isolation; writes are called with ids nobody has and empty bodies, so they prove the
 * role checks and change nothing. An endpoint or record without a row fails the test. Outcomes: {@code ok} (2xx),
 * {@code login} (redirect to the sign-in page), {@code redirect} (to another page), otherwise the status ({@code 400} refused as invalid input, which
 * for a write means the caller passed the role check; {@code 401}, {@code 403}, {@code 404}, {@code 409},
 * {@code 415}); a 5xx always fails.
 */
@IntegrationTest
class AccessMatrixIntegrationTests {

    private static final List<String> CALLERS = List.of("anonymous", "admin", "supervisor.sc", "supervisor.cq",
            "inspector.sc");
    private static final String DEMO_PASSWORD = "chuanyu-demo";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UserAccounts accounts;

    @Test
    void everyEndpointAnswersEachCallerAsTheMatrixSays() throws IOException {
        Map<String, Endpoint> endpoints = endpoints();
        Map<String, List<String>> expected = expectedMatrix();
        Map<String, Browser> browsers = browsers();
        MatrixRecords records = MatrixRecords.create(port, jdbc, campaigns, accounts);

        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        var called = new TreeSet<String>();
        for (Endpoint endpoint : endpoints.values()) {
            for (String record : records.recordsFor(endpoint.pattern(), endpoint.method())) {
                String path = concrete(endpoint.pattern(), variable -> records.value(endpoint.pattern(), record,
                        variable));
                List<String> actual = CALLERS.stream().map(caller -> outcome(browsers.get(caller), endpoint, path))
                        .toList();
                String key = endpoint.key() + " " + record;
                called.add(key);
                List<String> row = expected.get(key);
                if (row == null) {
                    missing.add(endpoint.method() + "," + endpoint.pattern() + "," + record + ","
                            + String.join(",", actual));
                } else if (!row.equals(actual)) {
                    wrong.add(key + ": expected " + row + " but was " + actual);
                }
            }
        }

        assertThat(missing).as("Endpoints without a row in access-matrix.csv; check and paste these rows "
                + "(method,path,record," + String.join(",", CALLERS) + "):%n%s", String.join("\n", missing)).isEmpty();
        assertThat(wrong).as("Endpoints answering otherwise than access-matrix.csv says").isEmpty();
        assertThat(expected.keySet()).as("Rows of access-matrix.csv naming no endpoint").isSubsetOf(called);
    }

    /** Every handler method of ours, and every operation of the OpenAPI document. */
    private Map<String, Endpoint> endpoints() throws IOException {
        var endpoints = new TreeMap<String, Endpoint>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("cn.chuanyu.metrology")) {
                return;
            }
            String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                    .map(Object::toString).orElse("application/json");
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                // one path may have several handlers by content type: call the first type, whatever the order
                methods.forEach(m -> endpoints.merge(m.name() + " " + pattern,
                        new Endpoint(m.name(), pattern, consumes),
                        (one, other) -> one.consumes().compareTo(other.consumes()) <= 0 ? one : other));
            }
        });
        JsonNode paths = new ObjectMapper().readTree(new Browser(port).get("/v3/api-docs").body()).path("paths");
        var fromHandlers = new TreeSet<String>();
        endpoints.values().forEach(e -> fromHandlers.add(e.method() + " " + withoutRegex(e.pattern())));
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            var path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                String key = method.toUpperCase() + " " + path.getKey();
                if (!fromHandlers.contains(key)) {
                    endpoints.put(key, new Endpoint(method.toUpperCase(), path.getKey(), "application/json"));
                }
            });
        }
        return endpoints;
    }

    private Map<String, List<String>> expectedMatrix() throws IOException {
        var rows = new LinkedHashMap<String, List<String>>();
        String csv = new ClassPathResource("access-matrix.csv").getContentAsString(StandardCharsets.UTF_8);
        for (String line : csv.lines().toList()) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            rows.put(cells[0] + " " + cells[1] + " " + cells[2], List.of(cells).subList(3, cells.length));
        }
        return rows;
    }

    private Map<String, Browser> browsers() {
        var browsers = new LinkedHashMap<String, Browser>();
        for (String caller : CALLERS) {
            Browser browser = new Browser(port);
            browsers.put(caller, caller.equals("anonymous") ? browser : browser.withBasic(caller, DEMO_PASSWORD));
        }
        return browsers;
    }

    private String outcome(Browser browser, Endpoint endpoint, String path) {
        HttpResponse<String> response = browser.send(endpoint.method(), path, endpoint.consumes(),
                body(endpoint.consumes()));
        int status = response.statusCode();
        assertThat(status).as("%s answered %s: %s", path, status, response.body()).isLessThan(500);
        if (status == 302) {
            return response.headers().firstValue("Location").orElse("").endsWith("/login") ? "login" : "redirect";
        }
        return status >= 200 && status < 300 ? "ok" : Integer.toString(status);
    }

    /** A path with each variable replaced by the record's value (or the first allowed value of a pattern). */
    private static String concrete(String pattern, Function<String, String> valueOf) {
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        var path = new StringBuilder();
        while (variable.find()) {
            String regex = variable.group(2);
            String value = regex != null && regex.matches("[a-z|]+") ? regex.split("\\|")[0]
                    : valueOf.apply(variable.group(1));
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static String withoutRegex(String pattern) {
        return PATH_VARIABLE.matcher(pattern).replaceAll("{$1}");
    }

    private static String body(String contentType) {
        if (contentType.startsWith("multipart/")) {
            return "--matrix--\r\n";
        }
        return contentType.contains("json") ? "{}" : "";
    }

    private record Endpoint(String method, String pattern, String consumes) {
        String key() {
            return method + " " + pattern;
        }
    }
}
