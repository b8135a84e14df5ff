package cn.chuanyu.metrology.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Appends records to the audit chain inside the caller's transaction (or its own when there is none). A
 * transaction-scoped advisory lock serialises appends across all nodes, so the chain never forks.
 */
@Service
@Transactional
public class AuditLog {

    /** The actor of changes made by the engine or a scheduled job, with nobody signed in. */
    public static final String SYSTEM = "system";

    /** Key of the advisory lock that guards the head of the chain ("audit" in ASCII). */
    private static final long CHAIN_LOCK = 0x6175646974L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an act of the signed-in user (or {@link #SYSTEM}). */
    public AuditRecord record(AuditEntry entry) {
        return recordAs(currentActor(), entry);
    }

    /** Records an act of the signed-in user (or {@link #SYSTEM}) on a subject, with small details. */
    public AuditRecord record(String action, String subjectType, Object subjectId, Map<String, ?> detail) {
        return record(AuditEntry.of(action, subjectType, subjectId).with(detail));
    }

    /** Records an act of the named actor, e.g. a sign-in attempt made before anyone is signed in. */
    public AuditRecord recordAs(String actor, AuditEntry entry) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(Object.class).single();
        var head = jdbc.sql("select sequence_no, hash from audit_record order by sequence_no desc limit 1")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long sequence = head.map(h -> (Long) h[0] + 1).orElse(1L);
        String previousHash = head.map(h -> (String) h[1]).orElse(AuditChain.GENESIS);
        var unsigned = new AuditRecord(sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), actor,
                entry.action(), entry.subjectType(), entry.subjectId(), toJson(entry.detail()), previousHash, null);
        var record = new AuditRecord(unsigned.sequence(), unsigned.recordedAt(), actor, unsigned.action(),
                unsigned.subjectType(), unsigned.subjectId(), unsigned.detail(), previousHash,
                AuditChain.hash(unsigned));
        jdbc.sql("""
                        insert into audit_record (sequence_no, recorded_at, actor, action, subject_type, subject_id,
                                                  detail, previous_hash, hash)
                        values (:sequence, :recordedAt, :actor, :action, :subjectType, :subjectId, :detail,
                                :previousHash, :hash)""")
                .param("sequence", record.sequence())
                .param("recordedAt", Timestamp.from(record.recordedAt()))
                .param("actor", record.actor())
                .param("action", record.action())
                .param("subjectType", record.subjectType())
                .param("subjectId", record.subjectId())
                .param("detail", record.detail())
                .param("previousHash", record.previousHash())
                .param("hash", record.hash())
                .update();
        return record;
    }

    private String toJson(Map<String, ?> detail) {
        if (detail.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(new TreeMap<>(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON", e);
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
