package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.audit.ChainProblem.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An insider with database access (the superuser, who can disable the append-only triggers) but without the
 * chain key attacks the audit chain. Each test attacks a chain of its own, through the application's own append,
 * checkpoint and verification code.
 */
@IntegrationTest
class AuditChainAttackIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TestChain chain;

    @BeforeEach
    void ownChain() {
        chain = new TestChain(context);
    }

    @Test
    void anEditedRecordWithEveryLaterLinkRecomputedFromTheReadmeFormIsNamedAsTheFirstChangedRecord() {
        chain.record(12).checkpoint();
        chain.record(3);
        List<AuditRecord> records = chain.records();
        String previous = records.get(4).hash();
        for (AuditRecord original : records.subList(5, records.size())) {
            String actor = original.sequence() == 6 ? "supervisor.cq" : original.actor();
            var forged = new AuditRecord(original.chainId(), original.sequence(), original.recordedAt(), actor,
                    original.action(), original.subjectType(), original.subjectId(), original.detail(),
                    original.keyId(), previous, null);
            forged = forged.withHash(AuditChain.unkeyedHash(forged));
            chain.overwrite(forged);
            previous = forged.hash();
        }

        ChainVerification result = chain.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(6L);
        assertThat(result.problems()).extracting(ChainProblem::kind, ChainProblem::sequence)
                .containsExactly(tuple(Kind.RECORD_CHANGED, 6L));
        assertThat(result.recordsChecked()).isEqualTo(5);
    }

    @Test
    void recomputingTheLaterLinksWithAGuessedKeyOrWithoutAnyKeyStillNamesTheFirstChangedRecord() {
        chain.record(6);
        List<AuditRecord> records = chain.records();
        var guess = new ChainKey("test-1", "a-guess-at-the-key-that-is-long-enough".getBytes(StandardCharsets.UTF_8));
        String previous = records.get(1).hash();
        for (AuditRecord original : records.subList(2, records.size())) {
            var forged = new AuditRecord(original.chainId(), original.sequence(), original.recordedAt(),
                    original.sequence() == 3 ? "mallory" : original.actor(), original.action(),
                    original.subjectType(), original.subjectId(), original.detail(), original.keyId(), previous, null);
            forged = forged.withHash(AuditChain.mac(forged, guess));
            chain.overwrite(forged);
            previous = forged.hash();
        }
        assertThat(chain.verify().problems()).extracting(ChainProblem::kind, ChainProblem::sequence)
                .containsExactly(tuple(Kind.RECORD_CHANGED, 3L));

        AuditRecord third = chain.records().get(2);
        var unkeyed = new AuditRecord(third.chainId(), third.sequence(), third.recordedAt(), "mallory",
                third.action(), third.subjectType(), third.subjectId(), third.detail(), null, third.previousHash(),
                null);
        chain.overwrite(unkeyed.withHash(AuditChain.unkeyedHash(unkeyed)));
        assertThat(chain.verify().problems()).extracting(ChainProblem::kind, ChainProblem::sequence)
                .containsExactly(tuple(Kind.RECORD_CHANGED, 3L));
    }

    @Test
    void deletingTheNewestRecordsIsReportedAsATruncationAgainstTheLastCheckpoint() {
        chain.record(5).checkpoint();
        Checkpoint last = chain.record(5).checkpoint();
        chain.record(2);

        chain.asSuperuser("delete from audit_record where chain_id = :chain and sequence_no > 7");
        ChainVerification result = chain.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).extracting(ChainProblem::kind, ChainProblem::sequence, ChainProblem::checkpoint)
                .containsExactly(tuple(Kind.TRUNCATED, 8L, last.number()));
        assertThat(result.reason()).contains("records 8 to 10 are missing", "checkpoint 2", "ends at record 7");
        assertThat(result.recordsChecked()).isEqualTo(7);
    }

    @Test
    void aCheckpointRowEditedToHideATruncationIsReported() {
        chain.record(4).checkpoint();
        Checkpoint second = chain.record(4).checkpoint();

        chain.asSuperuser("delete from audit_record where chain_id = :chain and sequence_no > 5",
                "update audit_checkpoint set sequence_no = 5, record_count = 5, head_hash = (select hash from "
                        + "audit_record where chain_id = :chain and sequence_no = 5) where chain_id = :chain "
                        + "and checkpoint_no = " + second.number());
        ChainVerification result = chain.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).extracting(ChainProblem::kind, ChainProblem::checkpoint)
                .containsExactly(tuple(Kind.CHECKPOINT_CHANGED, second.number()));
        assertThat(result.checkpointsChecked()).isEqualTo(1);
    }

    @Test
    void aCheckpointRowDeletedFromTheMiddleIsReportedMissing() {
        chain.record(2).checkpoint();
        chain.record(2).checkpoint();
        chain.record(2).checkpoint();

        chain.asSuperuser("delete from audit_checkpoint where chain_id = :chain and checkpoint_no = 2");

        assertThat(chain.verify().problems()).extracting(ChainProblem::kind, ChainProblem::checkpoint)
                .containsExactly(tuple(Kind.CHECKPOINT_MISSING, 2L), tuple(Kind.CHECKPOINT_CHANGED, 3L));
    }

    @Test
    void withTheTriggersLeftDisabledEveryAttackIsFoundAllTheSame() {
        chain.record(6).checkpoint();
        transactionlessTriggers("disable");
        try {
            assertThat(chain.verify().intact()).isTrue();
            jdbc.sql("update audit_record set detail = '{\"approved\":false}' where chain_id = :chain and sequence_no = 2")
                    .param("chain", chain.id).update();
            jdbc.sql("delete from audit_record where chain_id = :chain and sequence_no > 4").param("chain", chain.id)
                    .update();
        } finally {
            transactionlessTriggers("enable");
        }

        assertThat(chain.verify().problems()).extracting(ChainProblem::kind, ChainProblem::sequence)
                .containsExactly(tuple(Kind.RECORD_CHANGED, 2L), tuple(Kind.TRUNCATED, 5L));
    }

    @Test
    void theTriggersRefuseEditsOfRecordsAndCheckpointsToAnyoneWhoLeavesThemOn() {
        chain.record(2).checkpoint();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set actor = 'mallory' where chain_id = :chain")
                .param("chain", chain.id).update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where chain_id = :chain").param("chain", chain.id)
                .update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update audit_checkpoint set record_count = 0 where chain_id = :chain")
                .param("chain", chain.id).update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_checkpoint").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(chain.verify().intact()).isTrue();
    }

    /** A superuser who disables the triggers and leaves them so while working (each statement commits). */
    private void transactionlessTriggers(String state) {
        jdbc.sql("alter table audit_record " + state + " trigger audit_record_no_update_or_delete").update();
        jdbc.sql("alter table audit_checkpoint " + state + " trigger audit_checkpoint_no_update_or_delete").update();
    }
}
