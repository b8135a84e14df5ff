package cn.chuanyu.metrology.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start the prod profile without an external database and mail server
 * and without the secrets that sign the answer links in notices and MAC the audit chain, before anything starts:
 * a production node must never fall back to the embedded servers of the local run.
 * Registered in META-INF/spring.factories.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "SPRING_DATASOURCE_URL");
        REQUIRED.put("spring.mail.host", "SPRING_MAIL_HOST");
        REQUIRED.put("chuanyu.notices.link-secret", "NOTICE_LINK_SECRET");
        REQUIRED.put("chuanyu.audit.chain.key", "AUDIT_CHAIN_KEY");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(setting -> !StringUtils.hasText(environment.getProperty(setting.getKey())))
                .map(Map.Entry::getValue)
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingProductionSettings(missing);
        }
    }
}
