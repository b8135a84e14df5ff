package cn.chuanyu.metrology.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo mailbox exists in the local demo run and never under the production profile, whatever DEMO_DATA says. */
class DemoMailPageConditionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(DemoMailPage.class, DemoMailSecurity.class);

    @Test
    void theLocalDemoRunHasTheMailbox() {
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(DemoMailPage.class)
                .run(context -> assertThat(context).hasSingleBean(DemoMailPage.class));
    }

    @Test
    void theProductionProfileHasNoMailboxEvenWhenDemoDataIsAskedFor() {
        runner.withPropertyValues("spring.profiles.active=prod", "DEMO_DATA=true")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(DemoMailPage.class).doesNotHaveBean(DemoMailSecurity.class));
    }

    @Test
    void withARealMailServerTheMailboxAnswersNotFound() {
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("SPRING_MAIL_HOST=mail.example.org")
                .withUserConfiguration(DemoMailPage.class)
                .run(context -> assertThatThrownBy(() -> context.getBean(DemoMailPage.class)
                        .mail(new ExtendedModelMap()))
                        .isInstanceOfSatisfying(ResponseStatusException.class,
                                refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND)));
    }

    @Test
    void withoutDemoDataThereIsNoMailbox() {
        runner.withPropertyValues("DEMO_DATA=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoMailPage.class));
    }
}
