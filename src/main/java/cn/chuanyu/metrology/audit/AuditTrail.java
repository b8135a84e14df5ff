package cn.chuanyu.metrology.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads the audit chain: lists records by filter and verifies the whole chain against its checkpoints. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final String COLUMNS = """
            select chain_id, sequence_no, recorded_at, actor, action, subject_type, subject_id, detail, key_id,
                   previous_hash, hash
            from audit_record""";

    private final JdbcClient jdbc;
    private final CheckpointStore checkpoints;
    private final ChainKeys keys;

    AuditTrail(JdbcClient jdbc, CheckpointStore checkpoints, ChainKeys keys) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    /** Records matching every given filter (null = any), newest first. */
    public AuditPage find(AuditQuery query) {
        String where = """
                 where chain_id = :chain
                   and (cast(:actor as varchar) is null or actor = :actor)
                   and (cast(:action as varchar) is null or action = :action)
                   and (cast(:subjectType as varchar) is null or subject_type = :subjectType)
                   and (cast(:subjectId as varchar) is null or subject_id = :subjectId)""";
        long total = bind(jdbc.sql("select count(*) from audit_record " + where), query).query(Long.class).single();
        List<AuditRecord> records = bind(jdbc.sql(COLUMNS + " " + where
                        + " order by sequence_no desc limit :size offset :offset"), query)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(mapper()).list();
        return new AuditPage(records, query.page(), query.size(), total);
    }

    /** Checks the application's chain against its published checkpoints (see {@link ChainWalker}). */
    public ChainVerification verify() {
        return verify(AuditChain.MAIN);
    }

    ChainVerification verify(String chainId) {
        var walker = new ChainWalker(keys, checkpoints.all(chainId));
        RowMapper<AuditRecord> mapper = mapper();
        jdbc.sql(COLUMNS + " where chain_id = :chain order by sequence_no").param("chain", chainId)
                .query(rs -> {
                    walker.accept(mapper.mapRow(rs, 0));
                });
        return walker.result();
    }

    /** The record of the application's chain with this sequence number. */
    public java.util.Optional<AuditRecord> record(long sequence) {
        return jdbc.sql(COLUMNS + " where chain_id = :chain and sequence_no = :sequence")
                .param("chain", AuditChain.MAIN).param("sequence", sequence).query(mapper()).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditQuery query) {
        return sql.param("chain", AuditChain.MAIN)
                .param("actor", query.actor())
                .param("action", query.action())
                .param("subjectType", query.subjectType())
                .param("subjectId", query.subjectId());
    }

    private static RowMapper<AuditRecord> mapper() {
        return (rs, row) -> new AuditRecord(rs.getString("chain_id"), rs.getLong("sequence_no"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
                rs.getString("key_id"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
