package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.audit.AuditChainSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalAuditChainKeyTests {

    private final LocalAuditChainKey localKey = new LocalAuditChainKey();

    @TempDir
    Path data;

    private MockEnvironment localRun() {
        return new MockEnvironment().withProperty("chuanyu.embedded-db.data-directory",
                data.resolve("postgres").toString());
    }

    @Test
    void theLocalRunGeneratesItsKeyOnceBesideTheDatabaseFolderAndReadsTheSameOneOnEveryLaterStart()
            throws IOException {
        MockEnvironment first = localRun();
        localKey.postProcessEnvironment(first, new SpringApplication());
        MockEnvironment second = localRun();
        localKey.postProcessEnvironment(second, new SpringApplication());

        String key = first.getProperty("chuanyu.audit.chain.key");
        Path file = data.resolve("audit-chain.key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(second.getProperty("chuanyu.audit.chain.key")).isEqualTo(key);
        assertThat(new AuditChainSettings(key, List.of()).keys().current().id()).startsWith("local-");
    }

    @Test
    void aKeyFromTheEnvironmentOrTheProductionProfileNeverUsesTheFile() {
        MockEnvironment configured = localRun().withProperty("chuanyu.audit.chain.key",
                "k9:a-key-given-by-the-operator-of-32-characters");
        localKey.postProcessEnvironment(configured, new SpringApplication());
        MockEnvironment production = localRun();
        production.setActiveProfiles("prod");
        localKey.postProcessEnvironment(production, new SpringApplication());

        assertThat(configured.getProperty("chuanyu.audit.chain.key")).startsWith("k9:");
        assertThat(production.getProperty("chuanyu.audit.chain.key")).isNull();
        assertThat(data.resolve("audit-chain.key")).doesNotExist();
    }

    @Test
    void aMissingOrMalformedKeyStopsTheStartWithWhatToSet() {
        assertThatThrownBy(() -> new AuditChainSettings("", List.of()).keys())
                .hasMessageContaining("AUDIT_CHAIN_KEY is not set");
        assertThatThrownBy(() -> new AuditChainSettings("no-id-or-colon-in-this-key-at-all-0123", List.of()).keys())
                .hasMessageContaining("<key id>:<secret>");
        assertThatThrownBy(() -> new AuditChainSettings("k1:short", List.of()).keys())
                .hasMessageContaining("at least 32 characters").hasMessageNotContaining("short");
        assertThatThrownBy(() -> new AuditChainSettings("k1:a-key-of-at-least-32-characters-long-0",
                List.of("k1:another-key-of-at-least-32-characters-0")).keys()).hasMessageContaining("given twice");
    }
}
