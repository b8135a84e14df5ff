package cn.chuanyu.metrology.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenario 5: the application as a user starts it, in a JVM of its own on the application's class path (no test
 * classes), with the default settings, an empty data folder and free ports.
 */
final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int databasePort;
    private final long startedAt;
    private final Path dataFolder;

    private ChildApplication(Process process, int port, int databasePort, long startedAt, Path dataFolder) {
        this.process = process;
        this.dataFolder = dataFolder;
        this.port = port;
        this.databasePort = databasePort;
        this.startedAt = startedAt;
    }

    static ChildApplication start(Path dataFolder, Path log, List<String> jvmArgs) throws IOException {
        int port = freePort();
        int databasePort = freePort();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath, "cn.chuanyu.metrology.MetrologyApplication"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("EMBEDDED_DB_DIR", dataFolder.toString());
        builder.environment().put("EMBEDDED_DB_PORT", String.valueOf(databasePort));
        builder.environment().put("EMBEDDED_SMTP_PORT", "0");
        long startedAt = System.nanoTime();
        return new ChildApplication(builder.start(), port, databasePort, startedAt, dataFolder);
    }

    /** Seconds from the start of the JVM until {@code /actuator/health} answers UP. */
    double awaitHealthy(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = startedAt + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped with exit code " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - startedAt) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            HttpLifecycles.pause(100);
        }
        throw new IllegalStateException("Not healthy within " + limit);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/postgres";
    }

    /** The JVM's resident set in MiB, from {@code /proc/<pid>/status} ({@code VmRSS} or {@code VmHWM}). */
    double residentMib(String field) {
        return statusKib(process.pid(), field) / 1024.0;
    }

    /**
     * The resident sets of the embedded PostgreSQL server (the postmaster named in the data folder and its
     * backends) in MiB; pages they share are counted once per process.
     */
    double postgresResidentMib() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataFolder.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(postmaster).map(server -> statusKib(postmaster, "VmRSS")
                    + server.descendants().mapToLong(backend -> statusKib(backend.pid(), "VmRSS")).sum())
                    .orElse(0L) / 1024.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A field of {@code /proc/<pid>/status} in KiB (0 when unreadable). */
    static long statusKib(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
