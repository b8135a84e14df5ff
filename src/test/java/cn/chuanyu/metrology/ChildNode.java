package cn.chuanyu.metrology;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * The application in a JVM of its own on its own durable embedded PostgreSQL data folder, for faults that a test
 * context cannot survive: kill -9 of the node, a stop of its database. Its output goes to a log file.
 */
public final class ChildNode implements AutoCloseable {

    private final List<String> command;
    private final Path log;
    private final int httpPort;
    private final int databasePort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private ChildNode(List<String> command, Path log, int httpPort, int databasePort) {
        this.command = command;
        this.log = log;
        this.httpPort = httpPort;
        this.databasePort = databasePort;
    }

    /** A node on the given data folder with demo data and accounts; extra settings as --name=value arguments. */
    public static ChildNode on(Path dataFolder, Path log, String... settings) {
        int httpPort = freePort();
        int databasePort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                MetrologyApplication.class.getName(),
                "--server.port=" + httpPort,
                "--chuanyu.embedded-db.data-directory=" + dataFolder.toAbsolutePath(),
                "--chuanyu.embedded-db.port=" + databasePort,
                "--chuanyu.embedded-mail.port=" + freePort(),
                "--chuanyu.demo.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        command.addAll(List.of(settings));
        return new ChildNode(command, log, httpPort, databasePort);
    }

    /** Starts the JVM and waits until the node reports itself ready for traffic. */
    public ChildNode start(Duration atMost) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().remove("SPRING_DATASOURCE_URL");
            builder.environment().remove("SPRING_MAIL_HOST");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(this::ready);
        return this;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the child node exited with " + process.exitValue() + ":\n" + tail());
        }
        return status("/actuator/health/readiness") == 200;
    }

    /** kill -9: no shutdown hook, no graceful end; its PostgreSQL server is left running as an orphan. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    }

    public int status(String path) {
        return get(path, null).statusCode();
    }

    public HttpResponse<String> get(String path, String basicUser) {
        return send(request(path, basicUser).GET());
    }

    public HttpResponse<String> postJson(String path, String basicUser, String json) {
        return send(request(path, basicUser).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The node's database, a new connection per statement (so it works across database restarts). */
    public JdbcClient database() {
        return JdbcClient.create(dataSource());
    }

    /**
     * Runs a burst of statements (a test's register of hundreds of rows) on one connection of the node's database:
     * a new PostgreSQL connection per statement would cost a server process each.
     */
    public void onOneConnection(Consumer<JdbcClient> statements) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            statements.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        }
    }

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://localhost:" + databasePort + "/postgres");
        dataSource.setUser("postgres");
        dataSource.setOptions("-c search_path=public,metrology");
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    public int databasePort() {
        return databasePort;
    }

    /** Ends the node as an orchestrator would (SIGTERM, graceful shutdown), forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The last lines the node logged, to explain a failed start. */
    public String tail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private HttpRequest.Builder request(String path, String basicUser) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (basicUser != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":chuanyu-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test run's class path, each entry once (surefire's manifest jar would list target/classes twice). */
    public static String classPath() {
        String entries = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator,
                new java.util.LinkedHashSet<>(List.of(entries.split(java.io.File.pathSeparator))));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
