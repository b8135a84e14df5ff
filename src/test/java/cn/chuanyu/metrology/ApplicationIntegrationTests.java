package cn.chuanyu.metrology;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JavaMailSender mailSender;

    @Test
    void healthIsUpWithoutSignIn() {
        var response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void applicationTablesAndEngineTablesLiveInTheirOwnSchemas() {
        var schemaOfParty = jdbc.sql("select table_schema from information_schema.tables where table_name = 'party'")
                .query(String.class).single();
        var schemaOfTasks = jdbc.sql("select table_schema from information_schema.tables where table_name = 'act_ru_task'")
                .query(String.class).single();

        assertThat(schemaOfParty).isEqualTo("metrology");
        assertThat(schemaOfTasks).isEqualTo("public");
    }

    @Test
    void flywayCreatedTheEnginesTablesInItsOwnMigrationAndTheEngineChangesNoSchema() {
        Timestamp before = installedOn("100");
        Timestamp after = installedOn("102");
        Timestamp engineSchemaCreated = jdbc.sql("select min(timestamp_) from public.act_ge_schema_log")
                .query(Timestamp.class).single();

        assertThat(engineSchemaCreated).as("Camunda's tables were created by migration V101, between V100 and V102")
                .isAfterOrEqualTo(before).isBeforeOrEqualTo(after);
        assertThat(engineConfiguration.getDatabaseSchemaUpdate()).as("the engine never creates or alters tables")
                .isEqualTo("false");
    }

    private Timestamp installedOn(String version) {
        return jdbc.sql("select installed_on from metrology.flyway_schema_history where version = :v and success")
                .param("v", version).query(Timestamp.class).single();
    }

    @Test
    void theEmbeddedMailServerIsARealSmtpServer() throws Exception {
        int port = greenMail.getSmtp().getPort();
        try (Socket smtp = new Socket("localhost", port);
             var greeting = new BufferedReader(new InputStreamReader(smtp.getInputStream(), StandardCharsets.US_ASCII))) {
            assertThat(greeting.readLine()).as("an SMTP greeting").startsWith("220 ");
        }
        String subject = "smtp-check-" + UUID.randomUUID();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("check@chuanyu.example");
        mail.setTo("postmaster@chuanyu.example");
        mail.setSubject(subject);
        mail.setText("delivered over SMTP");

        mailSender.send(mail);

        await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(received -> subject.equals(subjectOf(received))));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
