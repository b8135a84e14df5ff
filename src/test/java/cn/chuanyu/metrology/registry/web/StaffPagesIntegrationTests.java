package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.web.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector register page: certificates ending within 60 days or ended are flagged; a new one is recorded and
 * audited with its number and end.
 */
@IntegrationTest
class StaffPagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theRegisterFlagsCertificatesEndingWithinSixtyDaysAndThoseThatEnded() {
        LocalDate today = LocalDate.now(clock);
        long ended = inspector("川执 E-1", today.minusDays(3));
        long soon = inspector("川执 E-2", today.plusDays(20));
        long later = inspector("川执 E-3", today.plusDays(400));
        long none = inspector(null, null);
        PageSession admin = PageSession.signedIn(port, "admin", "chuanyu-demo");

        String page = admin.get("/admin/staff?province=SC&role=INSPECTOR&sort=ID&desc=true").body();

        assertThat(row(page, ended)).contains("川执 E-1", "已过期");
        assertThat(row(page, soon)).contains("川执 E-2", "20 天内到期");
        assertThat(row(page, later)).contains("川执 E-3", "有效").doesNotContain("到期");
        assertThat(row(page, none)).contains("未登记执法证");
        assertThat(page).containsPattern("\\d+ 人的执法证将在 60 天内到期，\\d+ 人已过期");
    }

    @Test
    void aNewCertificateIsRecordedAndAuditedWithItsValuesAndANumberWithoutItsDateIsShownBesideTheField() {
        long id = inspector("川执 E-4", LocalDate.now(clock).minusDays(1));
        PageSession admin = PageSession.signedIn(port, "admin", "chuanyu-demo");
        String form = "/admin/staff/" + id;
        String version = String.valueOf(jdbc.sql("select version from staff where id = :id").param("id", id)
                .query(Integer.class).single());

        HttpResponse<String> refused = admin.post(form, form, Map.of("version", version,
                "enforcementCertificateNo", "川执 E-5", "enforcementCertificateValidUntil", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("id=\"certificate-until-error\"[^>]*>[^<]*必须同时填写有效期");
        assertThat(refused.body()).contains("value=\"川执 E-5\"");

        HttpResponse<String> saved = admin.post(form, form, Map.of("version", version,
                "enforcementCertificateNo", "川执 E-5", "enforcementCertificateValidUntil", "2031-01-31"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select enforcement_certificate_no || ' ' || enforcement_certificate_valid_until"
                + " from staff where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("川执 E-5 2031-01-31");
        assertThat(jdbc.sql("""
                        select actor || ' ' || detail from audit_record
                        where action = 'STAFF_UPDATED' and subject_id = :id order by sequence_no""")
                .param("id", String.valueOf(id)).query(String.class).list()).singleElement().asString()
                .startsWith("admin ").contains("\"enforcementCertificateNo\":\"川执 E-5\"",
                        "\"enforcementCertificateValidUntil\":\"2031-01-31\"");
    }

    private long inspector(String number, LocalDate until) {
        return jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, province, enforcement_certificate_no,
                                           enforcement_certificate_valid_until)
                        values (:no, 'INSPECTOR', '名册测试员', 'SC', :certificate, :until) returning id""")
                .param("no", "REG-" + ThreadLocalRandom.current().nextInt(100_000_000))
                .param("certificate", number).param("until", until).query(Long.class).single();
    }

    private static String row(String page, long id) {
        Matcher row = Pattern.compile("<tr[^>]*id=\"staff-" + id + "\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("row of staff " + id).isTrue();
        return row.group();
    }
}
