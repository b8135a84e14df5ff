package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.ChildNode;
import cn.chuanyu.metrology.MetrologyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees when a production node is started with settings missing and too weak: the jar, started as
 * a deployment would start it (environment variables only), stops at once with one block naming every problem, no
 * stack trace, and without having opened a database connection or started anything.
 */
class ProductionStartRefusalIntegrationTests {

    @Test
    void aProductionStartWithMissingAndWeakSettingsStopsInOneBlockBeforeTouchingTheDatabase(@TempDir Path folder)
            throws Exception {
        Path log = folder.resolve("start.log");
        ProcessBuilder start = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", ChildNode.classPath(), MetrologyApplication.class.getName()))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("FIRST_ADMIN")
                || name.equals("NOTICE_LINK_SECRET"));
        start.environment().put("SPRING_PROFILES_ACTIVE", "prod");
        start.environment().put("NOTICE_LINK_SECRET", "short secret");
        start.environment().put("FIRST_ADMIN_USERNAME", "first.admin");
        start.environment().put("FIRST_ADMIN_PASSWORD", "first.admin-2026");

        Process node = start.start();
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the node stops by itself").isTrue();

        String output = Files.readString(log);
        assertThat(node.exitValue()).as(output).isNotZero();
        assertThat(output).contains("APPLICATION FAILED TO START",
                "    SPRING_DATASOURCE_URL: not set",
                "    SPRING_MAIL_HOST: not set",
                "    NOTICE_LINK_SECRET: too short: 12 characters, at least 32",
                "    AUDIT_CHAIN_KEY: not set", "    AUDIT_CHECKPOINT_RECIPIENTS: not set",
                "    FIRST_ADMIN_PASSWORD: must not contain the username",
                "Set SPRING_DATASOURCE_URL, SPRING_MAIL_HOST, NOTICE_LINK_SECRET, AUDIT_CHAIN_KEY, "
                        + "AUDIT_CHECKPOINT_RECIPIENTS, FIRST_ADMIN_PASSWORD");
        assertThat(output).doesNotContain("\tat ", "Caused by", "HikariPool", "Flyway", "EmbeddedPostgres",
                "Tomcat started");
    }
}
