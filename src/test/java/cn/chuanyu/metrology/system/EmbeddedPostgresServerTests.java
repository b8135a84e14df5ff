package cn.chuanyu.metrology.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedPostgresServerTests {

    @TempDir
    Path folder;

    @Test
    void aDurableServerKeepsCommittedDataAcrossAStopAndARestart() throws IOException {
        var properties = new EmbeddedDatabaseProperties(folder.toString(), 0, true);
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(properties)) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(setting(jdbc, "fsync")).isEqualTo("on");
            assertThat(setting(jdbc, "synchronous_commit")).isEqualTo("on");
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('committed before the stop')").update();
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(properties)) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(jdbc.sql("select note from kept").query(String.class).list()).containsExactly("committed before the stop");
        }
    }

    @Test
    void aThrowAwayServerSkipsDurabilityForSpeed() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties("", 0, false))) {
            assertThat(setting(JdbcClient.create(postgres.getPostgresDatabase()), "fsync")).isEqualTo("off");
        }
    }

    @Test
    void theNextStartStopsTheServerOfAKilledJvmAndComesUpOnTheSameData() throws Exception {
        var properties = new EmbeddedDatabaseProperties(folder.toString(), 0, true);
        Process killedJvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgres.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try {
            awaitReady(killedJvm);
            long orphan = postmasterPid();
            killedJvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("postmaster outlives kill -9").hasValue(true);

            try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(properties)) {
                assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
                assertThat(postmasterPid()).isNotEqualTo(orphan);
                JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
                assertThat(jdbc.sql("select note from kept").query(String.class).single()).isEqualTo(OrphanedPostgres.NOTE);
                assertThat(setting(jdbc, "synchronous_commit")).isEqualTo("on");
            }
        } finally {
            killedJvm.destroyForcibly();
        }
    }

    private static void awaitReady(Process process) throws Exception {
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                boolean seen = false;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    seen = seen || line.equals(OrphanedPostgres.READY);
                    if (seen) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(ready.get(120, TimeUnit.SECONDS)).as("the child JVM started its PostgreSQL").isTrue();
        // keep reading so the child never blocks on a full pipe
        CompletableFuture.runAsync(() -> {
            try {
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException closedWhenTheChildDies) {
                // nothing more to read
            }
        });
    }

    private long postmasterPid() throws IOException {
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Files.exists(folder.resolve("postmaster.pid")));
        return Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).trim());
    }

    private static String setting(JdbcClient jdbc, String name) {
        return jdbc.sql("show " + name).query(String.class).single();
    }
}
