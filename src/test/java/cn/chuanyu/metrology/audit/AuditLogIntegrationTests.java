package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private AuditRecord recordSomething() {
        return auditLog.recordAs("tester", AuditEntry.of("TEST_ACTION", "test", UUID.randomUUID())
                .with(Map.of("reason", "测试", "version", 3)));
    }

    @Test
    void recordsChainOntoTheRecordBefore() {
        AuditRecord first = recordSomething();
        AuditRecord second = recordSomething();

        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.find(new AuditQuery(null, null, "test", second.subjectId(), 0, 10)).records())
                .containsExactly(second);
    }

    @Test
    void aRecordWrittenInARolledBackTransactionLeavesNoTrace() {
        long before = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
        transactions.executeWithoutResult(status -> {
            recordSomething();
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single()).isEqualTo(before);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteARecord() {
        AuditRecord record = recordSomething();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set actor = 'mallory' where sequence_no = :s")
                .param("s", record.sequence()).update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where sequence_no = :s")
                .param("s", record.sequence()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update()).isInstanceOf(DataAccessException.class);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRecordTamperedWithBehindTheTriggersBackIsFoundAtItsSequence() {
        AuditRecord target = recordSomething();
        recordSomething();

        withoutTrigger("update audit_record set actor = 'mallory' where sequence_no = " + target.sequence());
        ChainVerification edited = trail.verify();
        withoutTrigger("update audit_record set actor = 'tester' where sequence_no = " + target.sequence());

        withoutTrigger("delete from audit_record where sequence_no = " + target.sequence());
        ChainVerification deleted = trail.verify();
        restore(target);

        assertThat(edited).extracting(ChainVerification::intact, ChainVerification::brokenAt)
                .containsExactly(false, target.sequence());
        assertThat(deleted).extracting(ChainVerification::intact, ChainVerification::brokenAt)
                .containsExactly(false, target.sequence());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void onlyAnAdministratorMayReadOrVerifyTheLog() throws Exception {
        assertThat(get("/api/admin/audit/verify", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/admin/audit/verify", "supervisor.sc").statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/audit?action=TEST_ACTION&size=5", "inspector.sc").statusCode()).isEqualTo(403);

        HttpResponse<String> verify = get("/api/admin/audit/verify", "admin");
        HttpResponse<String> list = get("/api/admin/audit?action=TEST_ACTION&size=5", "admin");

        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(verify.body()).contains("\"intact\":true");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"records\"");
    }

    private void withoutTrigger(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_record disable trigger audit_record_no_update_or_delete").update();
            jdbc.sql(sql).update();
            jdbc.sql("alter table audit_record enable trigger audit_record_no_update_or_delete").update();
        });
    }

    private void restore(AuditRecord r) {
        jdbc.sql("""
                        insert into audit_record (sequence_no, recorded_at, actor, action, subject_type, subject_id,
                                                  detail, previous_hash, hash)
                        values (:sequence, :at, :actor, :action, :type, :id, :detail, :previous, :hash)""")
                .param("sequence", r.sequence()).param("at", java.sql.Timestamp.from(r.recordedAt()))
                .param("actor", r.actor()).param("action", r.action()).param("type", r.subjectType())
                .param("id", r.subjectId()).param("detail", r.detail()).param("previous", r.previousHash())
                .param("hash", r.hash()).update();
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (username != null) {
            String credentials = username + ":chuanyu-demo";
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
