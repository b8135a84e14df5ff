package cn.chuanyu.metrology.system;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServersConditionTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class, EmbeddedMailConfiguration.class, Settings.class)
            .withPropertyValues("chuanyu.embedded-db.data-directory=", "chuanyu.embedded-db.durable=false",
                    "chuanyu.embedded-mail.port=0");

    @Test
    void anExternalDatabaseUrlStartsNoEmbeddedPostgres() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/metrology",
                        "spring.mail.host=smtp.invalid")
                .run(started -> assertThat(started).hasNotFailed()
                        .doesNotHaveBean(EmbeddedPostgres.class).doesNotHaveBean(DataSource.class));
    }

    @Test
    void anExternalMailHostStartsNoGreenMail() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/metrology",
                        "spring.mail.host=smtp.invalid")
                .run(started -> assertThat(started).hasNotFailed()
                        .doesNotHaveBean(GreenMail.class).doesNotHaveBean(JavaMailSender.class));
    }

    @Test
    void withoutExternalServersBothEmbeddedServersStart() {
        context.run(started -> {
            assertThat(started).hasSingleBean(EmbeddedPostgres.class).hasSingleBean(DataSource.class)
                    .hasSingleBean(GreenMail.class).hasSingleBean(JavaMailSender.class);
            assertThat(started.getBean(GreenMail.class).getSmtp().getPort()).isPositive();
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EmbeddedDatabaseProperties.class, EmbeddedMailProperties.class})
    static class Settings {
    }
}
