package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rotating the chain key, on a chain of the test's own: nodes with the new key (and the old one retired) append
 * after a record saying the key changed, old records keep verifying, and a node that holds only the old key
 * refuses to append after the new one. Records from before the chain had a key are covered by the first keyed one.
 */
@IntegrationTest
class KeyRotationIntegrationTests {

    private static final ChainKey OLD = new ChainKey("2025a", "the-key-of-2025-which-is-long-enough".getBytes(
            StandardCharsets.UTF_8));
    private static final ChainKey NEW = new ChainKey("2026a", "the-key-of-2026-which-is-long-enough".getBytes(
            StandardCharsets.UTF_8));

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate batch;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    private ChainAppender node(ChainKeys keys) {
        return new ChainAppender(jdbc, batch, keys, clock);
    }

    private void append(ChainAppender node, String chainId, int n) {
        for (int i = 0; i < n; i++) {
            var record = new UnlinkedRecord(clock.instant().truncatedTo(ChronoUnit.MICROS), "admin", "PARTY_UPDATED",
                    "party", "7", "{\"round\":" + i + "}");
            transactions.executeWithoutResult(status -> node.append(chainId, List.of(record)));
        }
    }

    private ChainVerification verify(TestChain chain, ChainKeys keys) {
        var walker = new ChainWalker(keys, List.of());
        chain.records().forEach(walker::accept);
        return walker.result();
    }

    @Test
    void afterARotationOldRecordsKeepVerifyingAndTheChangeIsItselfARecord() {
        var chain = new TestChain(context);
        append(node(ChainKeys.of(OLD)), chain.id, 3);
        ChainAppender rotated = node(new ChainKeys(NEW, List.of(OLD)));
        append(rotated, chain.id, 2);

        List<AuditRecord> records = chain.records();
        assertThat(records).extracting(AuditRecord::keyId).containsExactly("2025a", "2025a", "2025a", "2026a",
                "2026a", "2026a");
        assertThat(records.get(3).action()).isEqualTo("AUDIT_KEY_CHANGED");
        assertThat(records.get(3).detail()).contains("\"fromKey\":\"2025a\"", "\"toKey\":\"2026a\"",
                "\"fromSequence\":3");
        assertThat(verify(chain, new ChainKeys(NEW, List.of(OLD))).intact()).isTrue();
        assertThat(verify(chain, ChainKeys.of(NEW)).problems()).extracting(ChainProblem::kind)
                .containsExactly(ChainProblem.Kind.UNKNOWN_KEY);
    }

    @Test
    void aNodeStillHoldingOnlyTheOldKeyRefusesToAppendAfterTheNewOne() {
        var chain = new TestChain(context);
        append(node(new ChainKeys(NEW, List.of(OLD))), chain.id, 1);

        assertThatThrownBy(() -> append(node(ChainKeys.of(OLD)), chain.id, 1))
                .hasMessageContaining("key 2026a, which this node does not hold");
        assertThat(chain.records()).hasSize(1);
    }

    @Test
    void recordsFromBeforeTheChainHadAKeyAreCoveredByTheFirstKeyedRecord() {
        var chain = new TestChain(context);
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= 2; sequence++) {
            var unkeyed = new AuditRecord(chain.id, sequence, Instant.parse("2026-01-05T01:00:00Z"), "admin",
                    "SIGNED_IN", "account", "admin", null, null, previous, null);
            unkeyed = unkeyed.withHash(AuditChain.unkeyedHash(unkeyed));
            jdbc.sql("""
                            insert into audit_record (chain_id, sequence_no, recorded_at, actor, action, subject_type,
                                                      subject_id, previous_hash, hash)
                            values (:chain, :sequence, :at, 'admin', 'SIGNED_IN', 'account', 'admin', :previous, :hash)""")
                    .param("chain", chain.id).param("sequence", sequence)
                    .param("at", Timestamp.from(unkeyed.recordedAt())).param("previous", previous)
                    .param("hash", unkeyed.hash()).update();
            previous = unkeyed.hash();
        }
        assertThat(chain.verify().problems()).extracting(ChainProblem::kind)
                .containsExactly(ChainProblem.Kind.UNKEYED_HEAD);

        chain.record(1);

        assertThat(chain.records().get(2).action()).isEqualTo("AUDIT_KEY_CHANGED");
        assertThat(chain.records().get(2).detail()).contains("none (SHA-256 links)");
        assertThat(chain.verify().intact()).isTrue();
    }
}
