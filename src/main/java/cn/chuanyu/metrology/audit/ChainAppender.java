package cn.chuanyu.metrology.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Links records onto the head of the chain in the current transaction: takes the chain lock, reads the head and
 * inserts. The transaction-scoped advisory lock serialises appends across all nodes and is held until the
 * transaction ends, so callers append only when their transaction is about to commit.
 */
@Component
class ChainAppender {

    /** Key of the advisory lock that guards the head of the chain ("audit" in ASCII). */
    private static final long CHAIN_LOCK = 0x6175646974L;

    private static final String INSERT = """
            insert into audit_record (sequence_no, recorded_at, actor, action, subject_type, subject_id, detail,
                                      previous_hash, hash)
            values (:sequence, :recordedAt, :actor, :action, :subjectType, :subjectId, :detail, :previousHash,
                    :hash)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ChainAppender(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Appends the records in their order; must run inside a transaction. */
    void append(List<UnlinkedRecord> records) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(Object.class).single();
        var head = jdbc.sql("select sequence_no, hash from audit_record order by sequence_no desc limit 1")
                .query((rs, row) -> new AuditRecord(rs.getLong(1), null, null, null, null, null, null, null,
                        rs.getString(2))).optional();
        long sequence = head.map(AuditRecord::sequence).orElse(0L);
        String previousHash = head.map(AuditRecord::hash).orElse(AuditChain.GENESIS);
        List<SqlParameterSource> rows = new ArrayList<>(records.size());
        for (UnlinkedRecord unlinked : records) {
            AuditRecord record = unlinked.linkedAfter(++sequence, previousHash);
            rows.add(parameters(record));
            previousHash = record.hash();
        }
        batch.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource parameters(AuditRecord record) {
        return new MapSqlParameterSource()
                .addValue("sequence", record.sequence())
                .addValue("recordedAt", Timestamp.from(record.recordedAt()))
                .addValue("actor", record.actor())
                .addValue("action", record.action())
                .addValue("subjectType", record.subjectType())
                .addValue("subjectId", record.subjectId())
                .addValue("detail", record.detail())
                .addValue("previousHash", record.previousHash())
                .addValue("hash", record.hash());
    }
}
