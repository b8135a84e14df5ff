package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.security.SignInProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.List;
import java.util.Optional;

/**
 * Refuses to start the prod profile while a setting it needs is missing or too weak, before anything starts (no
 * database connection, no migration, no engine): a production node must never fall back to the embedded servers
 * of the local run or sign links
 * and the audit chain with a guessable key. Every problem is named at once, in one block (see
 * {@link MissingProductionSettingsAnalyzer}). Registered in META-INF/spring.factories.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    /** Every setting production checks; a new one is one entry. */
    static final List<ProductionSetting> SETTINGS = List.of(
            ProductionSetting.required("spring.datasource.url", "SPRING_DATASOURCE_URL"),
            ProductionSetting.required("spring.mail.host", "SPRING_MAIL_HOST"),
            ProductionSetting.secret("chuanyu.notices.link-secret", "NOTICE_LINK_SECRET", 32),
            // <key id>:<secret of at least 32 characters>; the audit module reads its parts
            ProductionSetting.secret("chuanyu.audit.chain.key", "AUDIT_CHAIN_KEY", 34),
            ProductionSetting.required("chuanyu.audit.checkpoints.recipients", "AUDIT_CHECKPOINT_RECIPIENTS"),
            ProductionSetting.atLeast("chuanyu.sign-in.password-hash-cost", "SIGN_IN_PASSWORD_HASH_COST",
                    SignInProperties.PRODUCTION_MIN_PASSWORD_HASH_COST),
            ProductionSetting.firstAdministratorPassword("chuanyu.first-admin.username",
                    "chuanyu.first-admin.password", "FIRST_ADMIN_PASSWORD"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<ProductionSetting.Problem> problems = SETTINGS.stream()
                .map(setting -> setting.problem(environment))
                .flatMap(Optional::stream)
                .toList();
        if (!problems.isEmpty()) {
            throw new MissingProductionSettings(problems);
        }
    }
}
