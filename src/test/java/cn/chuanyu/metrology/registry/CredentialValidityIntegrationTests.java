package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Valid on day D" has one meaning: the Java rule the modules ask through the registry and the SQL function that
 * SQL readers of {@code registry_credential_view} use agree on every side of the last valid day.
 */
@IntegrationTest
class CredentialValidityIntegrationTests {

    private static final LocalDate LAST_VALID_DAY = LocalDate.of(2027, 6, 30);

    @Autowired
    JdbcClient jdbc;

    @Test
    void javaAndSqlAgreeOnTheDayBeforeTheLastDayAndTheDayAfter() {
        for (LocalDate day : new LocalDate[]{LAST_VALID_DAY.minusDays(1), LAST_VALID_DAY, LAST_VALID_DAY.plusDays(1)}) {
            boolean sql = jdbc.sql("select registry_credential_valid_on(:last, :day)")
                    .param("last", LAST_VALID_DAY).param("day", day).query(Boolean.class).single();

            assertThat(sql).as("on %s", day).isEqualTo(Credential.validOn(LAST_VALID_DAY, day));
        }
        assertThat(Credential.validOn(LAST_VALID_DAY, LAST_VALID_DAY)).isTrue();
        assertThat(Credential.validOn(LAST_VALID_DAY, LAST_VALID_DAY.plusDays(1))).isFalse();
    }
}
