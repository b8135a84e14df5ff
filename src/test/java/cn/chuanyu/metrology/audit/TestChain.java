package cn.chuanyu.metrology.audit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An audit chain of one test's own (its own chain id in the application's tables), so a test can attack it as an
 * insider would without disturbing the application's chain or any other test. Appends, checkpoints and
 * verification go through the application's own classes.
 */
final class TestChain {

    final String id = "test-" + UUID.randomUUID().toString().substring(0, 13);

    private final AuditLog auditLog;
    private final CheckpointWriter checkpoints;
    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    TestChain(ApplicationContext context) {
        this.auditLog = context.getBean(AuditLog.class);
        this.checkpoints = context.getBean(CheckpointWriter.class);
        this.trail = context.getBean(AuditTrail.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    /** Appends n records, each in a transaction of its own. */
    TestChain record(int n) {
        for (int i = 0; i < n; i++) {
            auditLog.appendNow(id, "supervisor.sc", AuditEntry.of("REVIEW_APPROVED", "inspection", 140 + i)
                    .with(Map.of("approved", true, "round", i)));
        }
        return this;
    }

    Checkpoint checkpoint() {
        return transactions.execute(status -> checkpoints.write(id, Checkpoint.Occasion.ON_DEMAND, "tester"));
    }

    ChainVerification verify() {
        return trail.verify(id);
    }

    List<AuditRecord> records() {
        return jdbc.sql("""
                        select chain_id, sequence_no, recorded_at, actor, action, subject_type, subject_id, detail,
                               key_id, previous_hash, hash
                        from audit_record where chain_id = :chain order by sequence_no""")
                .param("chain", id)
                .query((rs, row) -> new AuditRecord(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)))
                .list();
    }

    /**
     * Runs statements as the database superuser would to get past the append-only triggers: disables them, runs
     * the statements (each may use {@code :chain}) and enables them again, in one transaction.
     */
    void asSuperuser(String... statements) {
        transactions.executeWithoutResult(status -> {
            setTriggers("disable");
            for (String statement : statements) {
                jdbc.sql(statement).param("chain", id).update();
            }
            setTriggers("enable");
        });
    }

    /** Writes a record's columns as given, behind the triggers' back. */
    void overwrite(AuditRecord record) {
        transactions.executeWithoutResult(status -> {
            setTriggers("disable");
            jdbc.sql("""
                            update audit_record set actor = :actor, detail = :detail, key_id = :key,
                                   previous_hash = :previous, hash = :hash
                            where chain_id = :chain and sequence_no = :sequence""")
                    .param("actor", record.actor()).param("detail", record.detail()).param("key", record.keyId())
                    .param("previous", record.previousHash()).param("hash", record.hash())
                    .param("chain", id).param("sequence", record.sequence()).update();
            setTriggers("enable");
        });
    }

    private void setTriggers(String state) {
        jdbc.sql("alter table audit_record " + state + " trigger audit_record_no_update_or_delete").update();
        jdbc.sql("alter table audit_checkpoint " + state + " trigger audit_checkpoint_no_update_or_delete").update();
    }
}
