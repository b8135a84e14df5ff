package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.audit.ChainProblem.Kind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChainWalkerTests {

    private static final ChainKey KEY = key("k1", "the-first-key-of-the-chain-0123456789");
    private static final ChainKey NEXT_KEY = key("k2", "the-second-key-of-the-chain-012345678");
    private static final ChainKey GUESS = key("k1", "an-insider-guessing-the-key-0123456789");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private static ChainKey key(String id, String secret) {
        return new ChainKey(id, secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends n records made with the key to the list, linked to its last record. */
    private static List<AuditRecord> append(List<AuditRecord> records, int n, ChainKey key) {
        for (int i = 0; i < n; i++) {
            long sequence = records.size() + 1;
            String previous = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
            records.add(new UnlinkedRecord(T0.plusSeconds(sequence), "admin", "PARTY_UPDATED", "party",
                    Long.toString(sequence), "{\"version\":1}").linkedAfter("c", sequence, previous, key));
        }
        return records;
    }

    private static List<AuditRecord> chainOf(int n) {
        return append(new ArrayList<>(), n, KEY);
    }

    private static Checkpoint checkpoint(List<Checkpoint> before, List<AuditRecord> records, ChainKey key) {
        String head = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
        var unsigned = new Checkpoint("c", before.size() + 1, records.size(), head, records.size(),
                T0.plusSeconds(10_000 + before.size()), Checkpoint.Occasion.SCHEDULED, "system", key.id(),
                before.isEmpty() ? AuditChain.GENESIS : before.get(before.size() - 1).mac(), null);
        return unsigned.withMac(Checkpoint.mac(unsigned, key));
    }

    private static ChainVerification walk(List<AuditRecord> records, List<Checkpoint> checkpoints, ChainKeys keys) {
        var walker = new ChainWalker(keys, checkpoints);
        records.forEach(walker::accept);
        return walker.result();
    }

    private static ChainVerification walk(List<AuditRecord> records, List<Checkpoint> checkpoints) {
        return walk(records, checkpoints, ChainKeys.of(KEY));
    }

    private static AuditRecord withActor(AuditRecord r, String actor) {
        return new AuditRecord(r.chainId(), r.sequence(), r.recordedAt(), actor, r.action(), r.subjectType(),
                r.subjectId(), r.detail(), r.keyId(), r.previousHash(), r.hash());
    }

    /** What an insider without the key does: changes a record and recomputes every later link with a guessed key. */
    private static void rewriteFrom(List<AuditRecord> records, int index, ChainKey guess) {
        for (int i = index; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            String previous = i == 0 ? AuditChain.GENESIS : records.get(i - 1).hash();
            var relinked = new AuditRecord(r.chainId(), r.sequence(), r.recordedAt(), r.actor(), r.action(),
                    r.subjectType(), r.subjectId(), r.detail(), r.keyId(), previous, null);
            records.set(i, relinked.withHash(AuditChain.mac(relinked, guess)));
        }
    }

    @Test
    void anUntouchedChainIsIntactAgainstItsCheckpoints() {
        var records = chainOf(5);
        var first = checkpoint(List.of(), records.subList(0, 3), KEY);
        var second = checkpoint(List.of(first), records, KEY);

        assertThat(walk(records, List.of(first, second)))
                .isEqualTo(new ChainVerification(true, 5, 2, null, null, List.of()));
        assertThat(walk(List.of(), List.of()).intact()).isTrue();
    }

    @Test
    void anEditedRecordWithEveryLaterLinkRecomputedWithoutTheKeyIsNamed() {
        var records = chainOf(6);
        var checkpoints = List.of(checkpoint(List.of(), records, KEY));
        records.set(2, withActor(records.get(2), "mallory"));
        rewriteFrom(records, 2, GUESS);

        ChainVerification result = walk(records, checkpoints);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3L);
        assertThat(result.problems()).extracting(ChainProblem::kind, ChainProblem::sequence)
                .containsExactly(tuple(Kind.RECORD_CHANGED, 3L));
    }

    @Test
    void recomputingTheLinksAsUnkeyedSha256IsFoundAtTheFirstRecomputedRecord() {
        var records = chainOf(4);
        for (int i = 1; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            var unkeyed = new AuditRecord(r.chainId(), r.sequence(), r.recordedAt(), "mallory", r.action(),
                    r.subjectType(), r.subjectId(), r.detail(), null, records.get(i - 1).hash(), null);
            records.set(i, unkeyed.withHash(AuditChain.unkeyedHash(unkeyed)));
        }

        assertThat(walk(records, List.of()).problems()).extracting(ChainProblem::kind, ChainProblem::sequence)
                .containsExactly(tuple(Kind.RECORD_CHANGED, 2L));
    }

    @Test
    void aDeletedRecordIsMissingWhereItWas() {
        var records = chainOf(5);
        records.remove(3);

        assertThat(walk(records, List.of()).problems()).extracting(ChainProblem::kind, ChainProblem::sequence,
                ChainProblem::message).containsExactly(tuple(Kind.RECORD_MISSING, 4L, "record 4 is missing"));
    }

    @Test
    void deletingTheNewestRecordsIsATruncationAgainstTheLastCheckpoint() {
        var records = chainOf(8);
        var first = checkpoint(List.of(), records.subList(0, 4), KEY);
        var second = checkpoint(List.of(first), records.subList(0, 7), KEY);

        ChainVerification result = walk(records.subList(0, 5), List.of(first, second));

        assertThat(result.problems()).extracting(ChainProblem::kind, ChainProblem::sequence, ChainProblem::checkpoint)
                .containsExactly(tuple(Kind.TRUNCATED, 6L, 2L));
        assertThat(result.reason()).contains("records 6 to 7 are missing", "checkpoint 2", "ends at record 5");
    }

    @Test
    void anEditedCheckpointIsReportedAndNotTrusted() {
        var records = chainOf(6);
        var first = checkpoint(List.of(), records.subList(0, 3), KEY);
        var second = checkpoint(List.of(first), records, KEY);
        var shortened = new Checkpoint(second.chainId(), second.number(), 4, records.get(3).hash(), 4,
                second.createdAt(), second.occasion(), second.requestedBy(), second.keyId(), second.previousMac(),
                second.mac());

        ChainVerification result = walk(records.subList(0, 4), List.of(first, shortened));

        assertThat(result.problems()).extracting(ChainProblem::kind, ChainProblem::checkpoint)
                .containsExactly(tuple(Kind.CHECKPOINT_CHANGED, 2L));
        assertThat(result.checkpointsChecked()).isEqualTo(1);
    }

    @Test
    void aRemovedCheckpointIsMissingFromTheNumbering() {
        var records = chainOf(6);
        var first = checkpoint(List.of(), records.subList(0, 2), KEY);
        var second = checkpoint(List.of(first), records.subList(0, 4), KEY);
        var third = checkpoint(List.of(first, second), records, KEY);

        assertThat(walk(records, List.of(first, third)).problems()).extracting(ChainProblem::kind,
                ChainProblem::checkpoint).containsExactly(tuple(Kind.CHECKPOINT_MISSING, 2L),
                tuple(Kind.CHECKPOINT_CHANGED, 3L));
    }

    @Test
    void anInsiderHoldingTheKeyWhoRewritesTheChainNoLongerMatchesThePublishedCheckpoint() {
        var records = chainOf(5);
        var checkpoints = List.of(checkpoint(List.of(), records, KEY));
        records.set(1, withActor(records.get(1), "mallory"));
        rewriteFrom(records, 1, KEY);

        assertThat(walk(records, checkpoints).problems()).extracting(ChainProblem::kind, ChainProblem::sequence,
                ChainProblem::checkpoint).containsExactly(tuple(Kind.CHECKPOINT_MISMATCH, 5L, 1L));
    }

    @Test
    void afterARotationOldRecordsVerifyWithTheRetiredKeyAndTheOldKeyCannotFollowTheNewOne() {
        var records = append(chainOf(3), 2, NEXT_KEY);
        var rotated = new ChainKeys(NEXT_KEY, List.of(KEY));

        assertThat(walk(records, List.of(), rotated).intact()).isTrue();
        assertThat(walk(records, List.of(), ChainKeys.of(NEXT_KEY)).problems()).extracting(ChainProblem::kind)
                .containsExactly(Kind.UNKNOWN_KEY);
        append(records, 1, KEY);
        assertThat(walk(records, List.of(), rotated).problems()).extracting(ChainProblem::kind,
                ChainProblem::sequence).containsExactly(tuple(Kind.RECORD_CHANGED, 6L));
    }

    @Test
    void recordsFromBeforeTheChainHadAKeyVerifyAsAPrefixButNeverAsTheHead() {
        var records = new ArrayList<AuditRecord>();
        for (long sequence = 1; sequence <= 3; sequence++) {
            var unkeyed = new AuditRecord("c", sequence, T0.plusSeconds(sequence), "admin", "SIGNED_IN", "account",
                    "admin", null, null, records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash(),
                    null);
            records.add(unkeyed.withHash(AuditChain.unkeyedHash(unkeyed)));
        }

        assertThat(walk(records, List.of()).problems()).extracting(ChainProblem::kind)
                .containsExactly(Kind.UNKEYED_HEAD);
        assertThat(walk(append(records, 1, KEY), List.of()).intact()).isTrue();
    }

    @Test
    void theKeyedFormSeparatesFieldsUnambiguouslyAndNamesItsChain() {
        var a = new AuditRecord("c", 1, Instant.EPOCH, "ab", "c", "t", null, null, "k1", AuditChain.GENESIS, null);
        var b = new AuditRecord("c", 1, Instant.EPOCH, "a", "bc", "t", null, null, "k1", AuditChain.GENESIS, null);
        var otherChain = new AuditRecord("d", 1, Instant.EPOCH, "ab", "c", "t", null, null, "k1", AuditChain.GENESIS,
                null);

        assertThat(AuditChain.mac(a, KEY)).isNotEqualTo(AuditChain.mac(b, KEY)).hasSize(64)
                .isNotEqualTo(AuditChain.mac(otherChain, KEY));
    }
}
