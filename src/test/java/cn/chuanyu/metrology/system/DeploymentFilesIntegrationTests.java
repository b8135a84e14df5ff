package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy/ folder stays true to the application: every variable it sets is one the application reads, every probe
 * path answers on the running application, every port is the application's port, the two compose nodes get the same
 * settings, and the grace periods outlast the graceful shutdown while the drain outlasts the load balancer's probe.
 */
@IntegrationTest
class DeploymentFilesIntegrationTests {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path CONFIG = Path.of("src/main/resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern URL_PATH = Pattern.compile("https?://[^/]+:(\\d+)(/\\S*)");
    private static final Duration ENGINE_CLOSE = Duration.ofSeconds(10);

    @Autowired
    TestRestTemplate http;

    @Test
    void everyVariableTheFilesSetIsOneTheApplicationReads() throws IOException {
        Set<String> readable = variablesTheApplicationReads();
        Set<String> set = new HashSet<>();
        composeNodes().values().forEach(node -> set.addAll(environment(node).keySet()));
        set.addAll(kubernetesEnvironment().keySet());

        assertThat(set).as("variables set in deploy/").contains("SPRING_DATASOURCE_URL", "NOTICE_LINK_SECRET",
                "SHUTDOWN_DRAIN");
        assertThat(set).as("variables no placeholder of application*.yaml and no property of Spring's names")
                .filteredOn(variable -> !readable.contains(variable)).isEmpty();
    }

    @Test
    void everyProbePathAnswersOnTheApplication() throws IOException {
        Map<String, Object> container = kubernetesContainer();
        String readiness = probePath(container, "readinessProbe");
        List<String> paths = List.of(readiness, probePath(container, "livenessProbe"),
                probePath(container, "startupProbe"), haproxyCheckPath(), composeHealthCheck().group(2));

        assertThat(readiness).isEqualTo(haproxyCheckPath()).endsWith("/readiness");
        assertThat(paths).allSatisfy(path ->
                assertThat(http.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(200));
    }

    @Test
    void everyPortIsTheApplicationsPort() throws IOException {
        int port = Integer.parseInt(defaultOf(yaml(CONFIG.resolve("application.yaml")), "server", "port"));
        Map<String, Object> container = kubernetesContainer();
        Map<String, Object> containerPort = list(container.get("ports")).get(0);

        assertThat(kubernetesEnvironment()).containsEntry("PORT", String.valueOf(port));
        assertThat(composeNodes().values()).allSatisfy(node -> assertThat(environment(node))
                .containsEntry("PORT", String.valueOf(port)));
        assertThat(containerPort.get("containerPort")).isEqualTo(port);
        assertThat(Integer.parseInt(composeHealthCheck().group(1))).isEqualTo(port);
        assertThat(Files.readString(DEPLOY.resolve("Dockerfile"))).contains("EXPOSE " + port);
        assertThat(Files.readAllLines(DEPLOY.resolve("haproxy/haproxy.cfg")).stream().map(String::strip)
                .filter(line -> line.startsWith("server ")).toList())
                .hasSize(composeNodes().size()).allSatisfy(line -> assertThat(line).contains(":" + port + " check"));
    }

    @Test
    void bothComposeNodesGetTheSameSettings() throws IOException {
        Map<String, Map<String, Object>> nodes = composeNodes();

        assertThat(nodes).hasSize(2);
        assertThat(nodes.values().stream().map(DeploymentFilesIntegrationTests::environment).distinct())
                .as("one environment for every node").hasSize(1);
    }

    @Test
    void theGracePeriodsOutlastTheGracefulShutdownAndTheDrainOutlastsTheLoadBalancersProbe() throws IOException {
        Duration phase = DurationStyle.detectAndParse(String.valueOf(value(yaml(CONFIG.resolve("application.yaml")),
                "spring", "lifecycle", "timeout-per-shutdown-phase")));
        Map<String, String> kubernetes = kubernetesEnvironment();
        Duration drain = Duration.parse(kubernetes.get("SHUTDOWN_DRAIN"));
        Duration shutdown = drain.compareTo(Duration.parse(kubernetes.get("SHUTDOWN_JOB_WAIT"))) > 0 ? drain
                : Duration.parse(kubernetes.get("SHUTDOWN_JOB_WAIT"));
        Map<String, Object> pod = podSpec();
        Map<String, Object> readiness = map(kubernetesContainer().get("readinessProbe"));
        List<?> preStop = (List<?>) value(kubernetesContainer(), "lifecycle", "preStop", "exec", "command");
        Duration preStopSleep = Duration.ofSeconds(Long.parseLong(String.valueOf(preStop.get(preStop.size() - 1))));

        assertThat(Duration.ofSeconds(((Number) pod.get("terminationGracePeriodSeconds")).longValue()))
                .isGreaterThanOrEqualTo(preStopSleep.plus(shutdown).plus(phase).plus(ENGINE_CLOSE));
        assertThat(Duration.ofSeconds((Integer) readiness.get("periodSeconds") * (Integer) readiness.get("failureThreshold")))
                .as("Kubernetes notices readiness DOWN within the drain").isLessThan(drain);
        assertThat(composeNodes().values()).allSatisfy(node -> {
            Map<String, String> environment = environment(node);
            assertThat(DurationStyle.detectAndParse(String.valueOf(node.get("stop_grace_period"))))
                    .isGreaterThanOrEqualTo(Duration.parse(environment.get("SHUTDOWN_JOB_WAIT")).plus(phase)
                            .plus(ENGINE_CLOSE));
            assertThat(haproxyDetection()).as("the load balancer notices readiness DOWN within the drain")
                    .isLessThan(Duration.parse(environment.get("SHUTDOWN_DRAIN")));
        });
    }

    /** Placeholders of application*.yaml, and the environment form of every property Spring Boot documents. */
    private static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> variables = new HashSet<>();
        try (var files = Files.list(CONFIG)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.yaml")).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
                while (placeholder.find()) {
                    variables.add(placeholder.group(1));
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(DeploymentFilesIntegrationTests.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                StreamSupport.stream(json.readTree(in).path("properties").spliterator(), false)
                        .map(property -> property.path("name").asText())
                        .map(name -> name.replace("-", "").replace('.', '_').toUpperCase())
                        .forEach(variables::add);
            }
        }
        return variables;
    }

    private static Map<String, Map<String, Object>> composeNodes() throws IOException {
        Map<String, Object> services = map(yaml(DEPLOY.resolve("compose.yaml")).get("services"));
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (name.startsWith("node")) {
                nodes.put(name, map(service));
            }
        });
        return nodes;
    }

    private static Map<String, String> environment(Map<String, Object> composeService) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(composeService.get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    private static Matcher composeHealthCheck() throws IOException {
        List<?> test = (List<?>) value(composeNodes().values().iterator().next(), "healthcheck", "test");
        Matcher url = URL_PATH.matcher(String.valueOf(test.get(test.size() - 1)));
        assertThat(url.matches()).as("compose health check URL " + test).isTrue();
        return url;
    }

    private static String haproxyCheckPath() throws IOException {
        return haproxyLine("option httpchk GET ").substring("option httpchk GET ".length()).strip();
    }

    /** Probe interval × failures before HAProxy takes a server out. */
    private static Duration haproxyDetection() throws IOException {
        String[] words = haproxyLine("default-server ").split("\\s+");
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < words.length; i += 2) {
            options.put(words[i], words[i + 1]);
        }
        return DurationStyle.detectAndParse(options.get("inter")).multipliedBy(Long.parseLong(options.get("fall")));
    }

    private static String haproxyLine(String start) throws IOException {
        return Files.readAllLines(DEPLOY.resolve("haproxy/haproxy.cfg")).stream().map(String::strip)
                .filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private static Map<String, String> kubernetesEnvironment() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        list(kubernetesContainer().get("env")).forEach(variable ->
                environment.put(String.valueOf(variable.get("name")), String.valueOf(variable.get("value"))));
        for (Object document : new Yaml().loadAll(Files.readString(DEPLOY.resolve("kubernetes/secret.example.yaml")))) {
            map(map(document).get("stringData")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        }
        return environment;
    }

    private static Map<String, Object> kubernetesContainer() throws IOException {
        return list(podSpec().get("containers")).get(0);
    }

    private static Map<String, Object> podSpec() throws IOException {
        for (Object document : new Yaml().loadAll(Files.readString(DEPLOY.resolve("kubernetes/deployment.yaml")))) {
            if ("Deployment".equals(map(document).get("kind"))) {
                return map(value(map(document), "spec", "template", "spec"));
            }
        }
        throw new IllegalStateException("no Deployment in deploy/kubernetes/deployment.yaml");
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return String.valueOf(value(container, probe, "httpGet", "path"));
    }

    /** The local default of a {@code ${VARIABLE:default}} setting. */
    private static String defaultOf(Map<String, Object> yaml, String... path) {
        String text = String.valueOf(value(yaml, path));
        return text.substring(text.indexOf(':') + 1, text.lastIndexOf('}'));
    }

    private static Object value(Map<String, Object> root, String... path) {
        Object node = root;
        for (String key : path) {
            node = map(node).get(key);
        }
        return node;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        return node == null ? List.of() : new ArrayList<>((List<Map<String, Object>>) node);
    }
}
