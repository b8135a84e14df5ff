package cn.chuanyu.metrology.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads the audit chain: lists records by filter and verifies the whole chain. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final String COLUMNS = """
            select sequence_no, recorded_at, actor, action, subject_type, subject_id, detail, previous_hash, hash
            from audit_record""";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records matching every given filter (null = any), newest first. */
    public AuditPage find(AuditQuery query) {
        String where = """
                 where (cast(:actor as varchar) is null or actor = :actor)
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

    /** Walks the chain from the first record and stops at the first break. */
    public ChainVerification verify() {
        var walker = new ChainWalker();
        jdbc.sql(COLUMNS + " order by sequence_no").query(rs -> {
            walker.accept(mapper().mapRow(rs, 0));
        });
        return walker.result();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditQuery query) {
        return sql.param("actor", query.actor())
                .param("action", query.action())
                .param("subjectType", query.subjectType())
                .param("subjectId", query.subjectId());
    }

    private static RowMapper<AuditRecord> mapper() {
        return (rs, row) -> new AuditRecord(rs.getLong("sequence_no"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
