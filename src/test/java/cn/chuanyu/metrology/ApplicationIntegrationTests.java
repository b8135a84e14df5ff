package cn.chuanyu.metrology;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

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
    void migrationsRanBeforeTheEngineCreatedItsTables() {
        var migrated = jdbc.sql("select count(*) from metrology.flyway_schema_history where success").query(Integer.class).single();

        assertThat(migrated).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theEmbeddedMailServerIsARealSmtpServer() {
        assertThat(greenMail.getSmtp().getPort()).isPositive();
    }
}
