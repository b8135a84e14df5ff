package cn.chuanyu.metrology.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

/**
 * The local run's audit chain key: when AUDIT_CHAIN_KEY is not set outside {@code prod}, a key is generated once
 * into {@code audit-chain.key} beside the embedded database's folder (data/ by default, readable by its owner only)
 * and read from there on every later start. Production must set AUDIT_CHAIN_KEY ({@link ProductionSettingsCheck}).
 * Registered in META-INF/spring.factories.
 */
public class LocalAuditChainKey implements EnvironmentPostProcessor {

    static final String KEY_PROPERTY = "chuanyu.audit.chain.key";
    static final String FILE_NAME = "audit-chain.key";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDirectory = environment.getProperty("chuanyu.embedded-db.data-directory");
        if (environment.acceptsProfiles(Profiles.of("prod"))
                || StringUtils.hasText(environment.getProperty(KEY_PROPERTY)) || !StringUtils.hasText(dataDirectory)) {
            return;
        }
        Path file = keyFile(dataDirectory);
        environment.getPropertySources().addFirst(new MapPropertySource("localAuditChainKey",
                Map.of(KEY_PROPERTY, readOrCreate(file))));
    }

    static Path keyFile(String dataDirectory) {
        Path folder = Path.of(dataDirectory).toAbsolutePath().normalize().getParent();
        return folder.resolve(FILE_NAME);
    }

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The local audit chain key " + file + " cannot be read or written", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String key = "local-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
        Files.createDirectories(file.getParent());
        Path fresh = Files.createTempFile(file.getParent(), FILE_NAME, ".new");
        try {
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(fresh, key, StandardCharsets.UTF_8);
            Files.move(fresh, file);
        } catch (FileAlreadyExistsException anotherStartWroteItFirst) {
            Files.deleteIfExists(fresh);
        }
    }
}
