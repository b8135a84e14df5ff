package cn.chuanyu.metrology.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Binding.class);

    @Test
    void thePasswordHashCostIsTenUnlessSetInTheRecordAndInApplicationYaml() {
        runner.run(context -> assertThat(context.getBean(SignInProperties.class).passwordHashCost()).isEqualTo(10));
        runner.withInitializer(new ConfigDataApplicationContextInitializer())
                .run(context -> assertThat(context.getBean(SignInProperties.class).passwordHashCost()).isEqualTo(10));
        runner.withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("SIGN_IN_PASSWORD_HASH_COST=12")
                .run(context -> assertThat(context.getBean(SignInProperties.class).passwordHashCost()).isEqualTo(12));
    }

    @Test
    void aCostBCryptCannotTakeStopsTheStartNamingTheSetting() {
        for (String cost : new String[] {"3", "32"}) {
            runner.withPropertyValues("chuanyu.sign-in.password-hash-cost=" + cost).run(context -> assertThat(
                    context.getStartupFailure()).as("cost %s", cost).isNotNull()
                    .hasStackTraceContaining("chuanyu.sign-in.password-hash-cost"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SignInProperties.class)
    static class Binding {
    }
}
