package cn.chuanyu.metrology.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links records onto the head of a chain in the current transaction with the current key: takes the chain's lock,
 * reads the head and inserts. The transaction-scoped advisory lock serialises appends to one chain across all
 * nodes and is held until the transaction ends, so callers append only when their transaction is about to commit.
 * When the head was written with another key (before a rotation, or before the chain had one), a record saying so
 * goes first.
 */
@Component
class ChainAppender {

    /** First half of the advisory lock key of a chain ("audi" in ASCII); the second is the chain id's hash. */
    private static final int CHAIN_LOCK = 0x61756469;

    private static final String INSERT = """
            insert into audit_record (chain_id, sequence_no, recorded_at, actor, action, subject_type, subject_id,
                                      detail, key_id, previous_hash, hash)
            values (:chain, :sequence, :recordedAt, :actor, :action, :subjectType, :subjectId, :detail, :keyId,
                    :previousHash, :hash)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ChainKeys keys;
    private final Clock clock;

    ChainAppender(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ChainKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.keys = keys;
        this.clock = clock;
    }

    /** Appends the records to the chain in their order; must run inside a transaction. */
    void append(String chainId, List<UnlinkedRecord> records) {
        lock(chainId);
        Optional<Head> head = head(chainId);
        ChainKey key = keys.current();
        List<UnlinkedRecord> all = new ArrayList<>(records.size() + 1);
        head.filter(found -> !key.id().equals(found.keyId())).ifPresent(found -> all.add(keyChanged(found, key)));
        all.addAll(records);
        if (all.isEmpty()) {
            return;
        }
        long sequence = head.map(Head::sequence).orElse(0L);
        String previousHash = head.map(Head::hash).orElse(AuditChain.GENESIS);
        List<SqlParameterSource> rows = new ArrayList<>(all.size());
        for (UnlinkedRecord unlinked : all) {
            AuditRecord record = unlinked.linkedAfter(chainId, ++sequence, previousHash, key);
            rows.add(parameters(record));
            previousHash = record.hash();
        }
        batch.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
    }

    /** Takes the chain's lock until the transaction ends. */
    void lock(String chainId) {
        jdbc.sql("select pg_advisory_xact_lock(:lock, hashtext(:chain))").param("lock", CHAIN_LOCK)
                .param("chain", chainId).query(Object.class).single();
    }

    /** The newest record of the chain: its sequence number, link value and key. */
    Optional<Head> head(String chainId) {
        return jdbc.sql("""
                        select sequence_no, hash, key_id from audit_record where chain_id = :chain
                        order by sequence_no desc limit 1""")
                .param("chain", chainId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * The record that opens the current key's part of the chain. A node must not append after records made with a
     * key it does not hold (a newer key, given to the other nodes): that would put an older key after a newer one.
     */
    private UnlinkedRecord keyChanged(Head head, ChainKey key) {
        if (head.keyId() != null && keys.rank(head.keyId()).isEmpty()) {
            throw new IllegalStateException("The audit chain's newest record was written with key " + head.keyId()
                    + ", which this node does not hold: restart it with the current AUDIT_CHAIN_KEY and the older "
                    + "keys in AUDIT_CHAIN_RETIRED_KEYS, as on the other nodes");
        }
        String from = head.keyId() == null ? "none (SHA-256 links)" : head.keyId();
        return new UnlinkedRecord(clock.instant().truncatedTo(ChronoUnit.MICROS), AuditLog.SYSTEM,
                "AUDIT_KEY_CHANGED", "audit-chain", null, Json.of(Map.of("fromKey", from, "toKey", key.id(),
                "fromSequence", head.sequence())));
    }

    private static SqlParameterSource parameters(AuditRecord record) {
        return new MapSqlParameterSource()
                .addValue("chain", record.chainId())
                .addValue("sequence", record.sequence())
                .addValue("recordedAt", Timestamp.from(record.recordedAt()))
                .addValue("actor", record.actor())
                .addValue("action", record.action())
                .addValue("subjectType", record.subjectType())
                .addValue("subjectId", record.subjectId())
                .addValue("detail", record.detail())
                .addValue("keyId", record.keyId())
                .addValue("previousHash", record.previousHash())
                .addValue("hash", record.hash());
    }

    /** The newest record of a chain. */
    record Head(long sequence, String hash, String keyId) {
    }
}
