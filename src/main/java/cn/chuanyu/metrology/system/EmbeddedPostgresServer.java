package cn.chuanyu.metrology.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL server of the local run on a data folder that survives restarts,
 * first stopping a server left behind by a process that was killed.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private EmbeddedPostgresServer() {
    }

    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(properties.port())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100");
        if (properties.durable()) {
            // zonky starts PostgreSQL with -F and synchronous_commit=off: a crash would lose committed work
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (properties.dataDirectory().isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL is listening on localhost:{} with data in {}",
                postgres.getPort(), properties.dataDirectory().isBlank() ? "a temporary folder" : properties.dataDirectory());
        return postgres;
    }

    /** After a kill -9 the old postmaster keeps the data folder; zonky would silently connect to it. */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = postmasterOf(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("Stopping an orphaned PostgreSQL server (pid {}) that still holds {}", postmaster.pid(), dataDirectory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL server", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("The orphaned PostgreSQL server (pid " + postmaster.pid()
                    + ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it by hand", e);
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
