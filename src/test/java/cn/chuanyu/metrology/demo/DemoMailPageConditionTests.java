package cn.chuanyu.metrology.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

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
    void withoutDemoDataThereIsNoMailbox() {
        runner.withPropertyValues("DEMO_DATA=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoMailPage.class));
    }
}
