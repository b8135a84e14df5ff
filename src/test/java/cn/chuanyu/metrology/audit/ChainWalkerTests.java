package cn.chuanyu.metrology.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkerTests {

    private static List<AuditRecord> chainOf(int length) {
        var records = new ArrayList<AuditRecord>();
        String previous = AuditChain.GENESIS;
        for (long sequence = 1; sequence <= length; sequence++) {
            var unsigned = new AuditRecord(sequence, Instant.parse("2026-03-01T08:00:00Z").plusSeconds(sequence),
                    "admin", "PARTY_UPDATED", "party", Long.toString(sequence), "{\"version\":1}", previous, null);
            var record = withHash(unsigned, AuditChain.hash(unsigned));
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    private static AuditRecord withHash(AuditRecord r, String hash) {
        return new AuditRecord(r.sequence(), r.recordedAt(), r.actor(), r.action(), r.subjectType(), r.subjectId(),
                r.detail(), r.previousHash(), hash);
    }

    private static ChainVerification walk(List<AuditRecord> records) {
        var walker = new ChainWalker();
        records.forEach(walker::accept);
        return walker.result();
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertThat(walk(chainOf(5))).isEqualTo(new ChainVerification(true, 5, null, null));
        assertThat(walk(List.of()).intact()).isTrue();
    }

    @Test
    void anEditedRecordBreaksTheChainAtItsSequence() {
        var records = chainOf(5);
        AuditRecord r = records.get(2);
        records.set(2, new AuditRecord(r.sequence(), r.recordedAt(), "mallory", r.action(), r.subjectType(),
                r.subjectId(), r.detail(), r.previousHash(), r.hash()));

        assertThat(walk(records)).extracting(ChainVerification::intact, ChainVerification::brokenAt)
                .containsExactly(false, 3L);
    }

    @Test
    void aRecordEditedTogetherWithItsHashBreaksTheChainAtTheNextRecord() {
        var records = chainOf(5);
        AuditRecord r = records.get(1);
        var forged = new AuditRecord(r.sequence(), r.recordedAt(), "mallory", r.action(), r.subjectType(),
                r.subjectId(), r.detail(), r.previousHash(), null);
        records.set(1, withHash(forged, AuditChain.hash(forged)));

        assertThat(walk(records).brokenAt()).isEqualTo(3L);
    }

    @Test
    void aDeletedRecordBreaksTheChainWhereItIsMissing() {
        var records = chainOf(5);
        records.remove(3);

        assertThat(walk(records)).extracting(ChainVerification::brokenAt, ChainVerification::reason)
                .containsExactly(4L, "record 4 is missing");
    }

    @Test
    void swappedContentsBreakTheChainAtTheFirstSwappedRecord() {
        var records = chainOf(5);
        AuditRecord second = records.get(1);
        AuditRecord third = records.get(2);
        records.set(1, new AuditRecord(2, third.recordedAt(), third.actor(), third.action(), third.subjectType(),
                third.subjectId(), third.detail(), third.previousHash(), third.hash()));
        records.set(2, new AuditRecord(3, second.recordedAt(), second.actor(), second.action(), second.subjectType(),
                second.subjectId(), second.detail(), second.previousHash(), second.hash()));

        assertThat(walk(records).brokenAt()).isEqualTo(2L);
    }

    @Test
    void theCanonicalFormSeparatesFieldsUnambiguously() {
        var a = new AuditRecord(1, Instant.EPOCH, "ab", "c", "t", null, null, AuditChain.GENESIS, null);
        var b = new AuditRecord(1, Instant.EPOCH, "a", "bc", "t", null, null, AuditChain.GENESIS, null);

        assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b)).hasSize(64);
    }
}
