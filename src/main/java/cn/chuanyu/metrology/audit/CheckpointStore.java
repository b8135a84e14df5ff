package cn.chuanyu.metrology.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Reads and appends the checkpoint rows of a chain. */
@Repository
class CheckpointStore {

    private static final String COLUMNS = """
            select chain_id, checkpoint_no, sequence_no, head_hash, record_count, created_at, occasion,
                   requested_by, key_id, previous_mac, mac
            from audit_checkpoint""";

    private final JdbcClient jdbc;

    CheckpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Checkpoint> all(String chainId) {
        return jdbc.sql(COLUMNS + " where chain_id = :chain order by checkpoint_no").param("chain", chainId)
                .query(mapper()).list();
    }

    Optional<Checkpoint> latest(String chainId) {
        return jdbc.sql(COLUMNS + " where chain_id = :chain order by checkpoint_no desc limit 1")
                .param("chain", chainId).query(mapper()).optional();
    }

    Optional<Checkpoint> find(String chainId, long number) {
        return jdbc.sql(COLUMNS + " where chain_id = :chain and checkpoint_no = :number").param("chain", chainId)
                .param("number", number).query(mapper()).optional();
    }

    /** The newest checkpoints first, a page of them. */
    List<Checkpoint> newestFirst(String chainId, int page, int size) {
        return jdbc.sql(COLUMNS + " where chain_id = :chain order by checkpoint_no desc limit :size offset :offset")
                .param("chain", chainId).param("size", size).param("offset", (long) page * size)
                .query(mapper()).list();
    }

    long count(String chainId) {
        return jdbc.sql("select count(*) from audit_checkpoint where chain_id = :chain").param("chain", chainId)
                .query(Long.class).single();
    }

    void insert(Checkpoint checkpoint) {
        jdbc.sql("""
                        insert into audit_checkpoint (chain_id, checkpoint_no, sequence_no, head_hash, record_count,
                                                      created_at, occasion, requested_by, key_id, previous_mac, mac)
                        values (:chain, :number, :sequence, :head, :count, :at, :occasion, :by, :key, :previous, :mac)""")
                .param("chain", checkpoint.chainId()).param("number", checkpoint.number())
                .param("sequence", checkpoint.sequence()).param("head", checkpoint.headHash())
                .param("count", checkpoint.recordCount()).param("at", Timestamp.from(checkpoint.createdAt()))
                .param("occasion", checkpoint.occasion().name()).param("by", checkpoint.requestedBy())
                .param("key", checkpoint.keyId()).param("previous", checkpoint.previousMac())
                .param("mac", checkpoint.mac()).update();
    }

    private static RowMapper<Checkpoint> mapper() {
        return (rs, row) -> new Checkpoint(rs.getString("chain_id"), rs.getLong("checkpoint_no"),
                rs.getLong("sequence_no"), rs.getString("head_hash"), rs.getLong("record_count"),
                rs.getTimestamp("created_at").toInstant(), Checkpoint.Occasion.valueOf(rs.getString("occasion")),
                rs.getString("requested_by"), rs.getString("key_id"), rs.getString("previous_mac"),
                rs.getString("mac"));
    }
}
