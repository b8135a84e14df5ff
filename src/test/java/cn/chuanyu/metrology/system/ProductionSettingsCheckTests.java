package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.MetrologyApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionSettingsCheckTests {

    private static final String GOOD_SECRET = "a-secret-of-at-least-32-characters-long";
    private static final String GOOD_AUDIT_KEY = "2026a:an-audit-chain-key-of-32-characters-or-more";
    private static final String RECIPIENTS = "admin.sc@example.org,admin.cq@example.org";

    private final ProductionSettingsCheck check = new ProductionSettingsCheck();

    @Test
    void productionWithoutExternalServersIsRefusedNamingEveryMissingVariable() {
        assertThatThrownBy(() -> check.postProcessEnvironment(production(), new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.variables())
                        .containsExactly("SPRING_DATASOURCE_URL", "SPRING_MAIL_HOST", "NOTICE_LINK_SECRET",
                                "AUDIT_CHAIN_KEY", "AUDIT_CHECKPOINT_RECIPIENTS"));
    }

    @Test
    void productionNamesOnlyWhatIsMissing() {
        MockEnvironment environment = production().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("chuanyu.notices.link-secret", GOOD_SECRET)
                .withProperty("chuanyu.audit.chain.key", GOOD_AUDIT_KEY)
                .withProperty("chuanyu.audit.checkpoints.recipients", RECIPIENTS);

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class,
                        missing -> assertThat(missing.variables()).containsExactly("SPRING_MAIL_HOST"));
    }

    @Test
    void aTooShortNoticeLinkSecretIsNamedWithTheMissingSettingsInOneRefusal() {
        MockEnvironment environment = production().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("chuanyu.notices.link-secret", "only-twenty-characte")
                .withProperty("chuanyu.audit.chain.key", GOOD_AUDIT_KEY)
                .withProperty("chuanyu.audit.checkpoints.recipients", RECIPIENTS);

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString)
                        .containsExactly("SPRING_MAIL_HOST: not set",
                                "NOTICE_LINK_SECRET: too short: 20 characters, at least 32"));
    }

    @Test
    void theDemoNoticeLinkSecretIsRefusedUnderProduction() {
        MockEnvironment environment = productionWithServers()
                .withProperty("chuanyu.notices.link-secret", "DEMO-ONLY-notice-link-secret-not-for-production");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString).containsExactly("NOTICE_LINK_SECRET: is the local demo's value"));
    }

    @Test
    void aFirstAdministratorWithAWeakPasswordIsRefusedBeforeAnythingStarts() {
        MockEnvironment environment = productionWithServers().withProperty("chuanyu.notices.link-secret", GOOD_SECRET)
                .withProperty("chuanyu.first-admin.username", "zhang.wei")
                .withProperty("chuanyu.first-admin.password", "zhang.wei-2026");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString).containsExactly("FIRST_ADMIN_PASSWORD: must not contain the username"));
    }

    @Test
    void aFirstAdministratorWithASoundPasswordMayStart() {
        MockEnvironment environment = productionWithServers().withProperty("chuanyu.notices.link-secret", GOOD_SECRET)
                .withProperty("chuanyu.first-admin.username", "zhang.wei")
                .withProperty("chuanyu.first-admin.password", "河堤上的柳树 tall willows 2026");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void aPasswordHashCostBelowTenOrNotANumberIsRefusedUnderProductionAndAHigherOneMayStart() {
        MockEnvironment lowered = productionWithPasswordHashCost("4");
        MockEnvironment words = productionWithPasswordHashCost("ten");
        MockEnvironment raised = productionWithPasswordHashCost("12");

        assertThatThrownBy(() -> check.postProcessEnvironment(lowered, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString).containsExactly("SIGN_IN_PASSWORD_HASH_COST: too low: 4, at least 10"));
        assertThatThrownBy(() -> check.postProcessEnvironment(words, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString).containsExactly("SIGN_IN_PASSWORD_HASH_COST: not a whole number"));
        assertThatCode(() -> check.postProcessEnvironment(raised, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void productionWithExternalServersAndAStrongSecretMayStart() {
        MockEnvironment environment = productionWithServers().withProperty("chuanyu.notices.link-secret", GOOD_SECRET);

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void productionWithoutAnAuditChainKeyOrWithAShortOneIsRefused() {
        assertThatThrownBy(() -> check.postProcessEnvironment(productionWithServers()
                .withProperty("chuanyu.notices.link-secret", GOOD_SECRET).withProperty("chuanyu.audit.chain.key", ""),
                new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString).containsExactly("AUDIT_CHAIN_KEY: not set"));
        assertThatThrownBy(() -> check.postProcessEnvironment(productionWithServers()
                .withProperty("chuanyu.notices.link-secret", GOOD_SECRET)
                .withProperty("chuanyu.audit.chain.key", "2026a:short"), new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, missing -> assertThat(missing.problems())
                        .extracting(Object::toString)
                        .containsExactly("AUDIT_CHAIN_KEY: too short: 11 characters, at least 34"));
    }

    @Test
    void theLocalRunNeedsNoExternalServers() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void theApplicationStopsBeforeStartingAnythingWhenProductionSettingsAreMissing() {
        SpringApplication application = new SpringApplication(MetrologyApplication.class);
        application.setAdditionalProfiles("prod");

        assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none"))
                .isInstanceOf(MissingProductionSettings.class);
    }

    @Test
    void aShortSecretStopsTheStartBeforeTheDatabaseIsReached() {
        SpringApplication application = new SpringApplication(MetrologyApplication.class);
        application.setAdditionalProfiles("prod");

        // nobody listens on port 1: had the start gone on, Flyway would have failed to connect instead
        assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/metrology", "--spring.mail.host=smtp.invalid",
                "--chuanyu.notices.link-secret=short", "--chuanyu.audit.chain.key=" + GOOD_AUDIT_KEY,
                "--chuanyu.audit.checkpoints.recipients=" + RECIPIENTS))
                .isInstanceOfSatisfying(MissingProductionSettings.class,
                        missing -> assertThat(missing.variables()).containsExactly("NOTICE_LINK_SECRET"));
    }

    @Test
    void theFailureReportNamesEachSettingAndTellsWhatToSet() {
        var analysis = new MissingProductionSettingsAnalyzer().analyze(new MissingProductionSettings(List.of(
                new ProductionSetting.Problem("SPRING_MAIL_HOST", "not set"),
                new ProductionSetting.Problem("NOTICE_LINK_SECRET", "too short: 5 characters, at least 32"))));

        assertThat(analysis.getDescription()).contains("    SPRING_MAIL_HOST: not set",
                "    NOTICE_LINK_SECRET: too short: 5 characters, at least 32");
        assertThat(analysis.getAction()).startsWith("Set SPRING_MAIL_HOST, NOTICE_LINK_SECRET");
    }

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        return environment;
    }

    /** Production with everything else right and this BCrypt cost. */
    private static MockEnvironment productionWithPasswordHashCost(String cost) {
        return productionWithServers().withProperty("chuanyu.notices.link-secret", GOOD_SECRET)
                .withProperty("chuanyu.sign-in.password-hash-cost", cost);
    }

    private static MockEnvironment productionWithServers() {
        return production().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("spring.mail.host", "smtp").withProperty("chuanyu.audit.chain.key", GOOD_AUDIT_KEY)
                .withProperty("chuanyu.audit.checkpoints.recipients", RECIPIENTS);
    }
}
