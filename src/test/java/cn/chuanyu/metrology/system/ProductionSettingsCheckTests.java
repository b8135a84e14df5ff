package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.MetrologyApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionSettingsCheckTests {

    private final ProductionSettingsCheck check = new ProductionSettingsCheck();

    @Test
    void productionWithoutExternalServersIsRefusedNamingBothVariables() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(MissingProductionSettings.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("SPRING_MAIL_HOST");
    }

    @Test
    void productionNamesOnlyWhatIsMissing() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("chuanyu.notices.link-secret", "a-secret-of-at-least-32-characters-long")
                .withProperty("chuanyu.audit.chain.key", "2026a:an-audit-chain-key-of-32-characters-or-more");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class,
                        missing -> assertThat(missing.variables()).containsExactly("SPRING_MAIL_HOST"));
    }

    @Test
    void productionWithExternalServersMayStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/x").withProperty("spring.mail.host", "smtp")
                .withProperty("chuanyu.notices.link-secret", "a-secret-of-at-least-32-characters-long")
                .withProperty("chuanyu.audit.chain.key", "2026a:an-audit-chain-key-of-32-characters-or-more");
        environment.setActiveProfiles("prod");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void productionWithoutAnAuditChainKeyIsRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/x").withProperty("spring.mail.host", "smtp")
                .withProperty("chuanyu.notices.link-secret", "a-secret-of-at-least-32-characters-long")
                .withProperty("chuanyu.audit.chain.key", "");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class,
                        missing -> assertThat(missing.variables()).containsExactly("AUDIT_CHAIN_KEY"));
    }

    @Test
    void productionWithoutANoticeLinkSecretIsRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/x").withProperty("spring.mail.host", "smtp")
                .withProperty("chuanyu.audit.chain.key", "2026a:an-audit-chain-key-of-32-characters-or-more")
                .withProperty("chuanyu.notices.link-secret", "");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class,
                        missing -> assertThat(missing.variables()).containsExactly("NOTICE_LINK_SECRET"));
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
    void theFailureReportTellsWhatToSet() {
        var analysis = new MissingProductionSettingsAnalyzer()
                .analyze(new MissingProductionSettings(java.util.List.of("SPRING_MAIL_HOST")));

        assertThat(analysis.getDescription()).contains("SPRING_MAIL_HOST");
        assertThat(analysis.getAction()).startsWith("Set SPRING_MAIL_HOST");
    }
}
