package cn.chuanyu.metrology.audit;

import cn.chuanyu.metrology.audit.ChainProblem.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a chain, record after record in sequence order, against its checkpoints. Records: numbers without gaps
 * from 1, each linking to the one before, each carrying the MAC of its key over its content, keys never going back
 * to an older one, and the newest keyed. Checkpoints: each MAC valid, each linking to the one before, numbered
 * without gaps, and each matching the record at its head. A chain that ends before a checkpoint's head was
 * truncated. Record checks stop at the first broken record (later links cannot be trusted).
 */
public final class ChainWalker {

    private final ChainKeys keys;
    private final List<ChainProblem> checkpointProblems = new ArrayList<>();
    private final List<ChainProblem> recordProblems = new ArrayList<>();
    private final Map<Long, List<Checkpoint>> trustedBySequence = new HashMap<>();
    private Checkpoint lastTrusted;
    private long trustedCount;

    private long expectedSequence = 1;
    private String previousHash = AuditChain.GENESIS;
    private int previousRank = ChainKeys.UNKEYED;
    private long checked;
    private long lastSequence;

    public ChainWalker(ChainKeys keys, List<Checkpoint> checkpointsByNumber) {
        this.keys = keys;
        checkCheckpoints(checkpointsByNumber);
        trustedBySequence.getOrDefault(0L, List.of()).forEach(this::matchEmptyChain);
    }

    /** Takes the next record in sequence order; false once a record is broken (later ones are only counted). */
    public boolean accept(AuditRecord record) {
        lastSequence = Math.max(lastSequence, record.sequence());
        if (!recordProblems.isEmpty()) {
            return false;
        }
        recordProblem(record).ifPresentOrElse(recordProblems::add, () -> linked(record));
        return recordProblems.isEmpty();
    }

    public ChainVerification result() {
        var problems = new ArrayList<>(recordProblems);
        if (recordProblems.isEmpty() && lastSequence > 0 && previousRank == ChainKeys.UNKEYED) {
            problems.add(new ChainProblem(Kind.UNKEYED_HEAD, lastSequence, null, "the newest record (" + lastSequence
                    + ") carries no key: anyone who can write the table could have computed it"));
        }
        if (lastTrusted != null && lastTrusted.sequence() > lastSequence) {
            problems.add(new ChainProblem(Kind.TRUNCATED, lastSequence + 1, lastTrusted.number(),
                    "records " + (lastSequence + 1) + " to " + lastTrusted.sequence() + " are missing: checkpoint "
                            + lastTrusted.number() + " of " + lastTrusted.createdAt() + " covers "
                            + lastTrusted.recordCount() + " records, the chain ends at record " + lastSequence));
        }
        problems.addAll(checkpointProblems);
        return ChainVerification.of(checked, trustedCount, problems);
    }

    private Optional<ChainProblem> recordProblem(AuditRecord record) {
        long sequence = record.sequence();
        if (sequence > expectedSequence) {
            return Optional.of(new ChainProblem(Kind.RECORD_MISSING, expectedSequence, null,
                    "record " + expectedSequence + " is missing"));
        }
        if (sequence < expectedSequence) {
            return changed(sequence, "records are out of sequence");
        }
        if (!previousHash.equals(record.previousHash())) {
            return changed(sequence, "record " + sequence + " does not link to the record before it");
        }
        Optional<Integer> rank = keys.rank(record.keyId());
        if (rank.isEmpty()) {
            return Optional.of(new ChainProblem(Kind.UNKNOWN_KEY, sequence, null, "record " + sequence
                    + " names key " + record.keyId() + ", which this node does not hold"));
        }
        if (rank.get() < previousRank) {
            return changed(sequence, "record " + sequence + (record.keyId() == null ? " carries no key"
                    : " names the older key " + record.keyId()) + " after records with a newer key");
        }
        if (!AuditChain.expected(record, keys).orElseThrow().equals(record.hash())) {
            return changed(sequence, "record " + sequence + " was changed after it was written");
        }
        return Optional.empty();
    }

    private static Optional<ChainProblem> changed(long sequence, String message) {
        return Optional.of(new ChainProblem(Kind.RECORD_CHANGED, sequence, null, message));
    }

    private void linked(AuditRecord record) {
        checked++;
        expectedSequence++;
        previousHash = record.hash();
        previousRank = keys.rank(record.keyId()).orElseThrow();
        for (Checkpoint checkpoint : trustedBySequence.getOrDefault(record.sequence(), List.of())) {
            if (!checkpoint.headHash().equals(record.hash()) || checkpoint.recordCount() != checked) {
                recordProblems.add(new ChainProblem(Kind.CHECKPOINT_MISMATCH, record.sequence(), checkpoint.number(),
                        "checkpoint " + checkpoint.number() + " no longer matches the chain: record "
                                + record.sequence() + " or the records before it are not those it covered"));
            }
        }
    }

    private void matchEmptyChain(Checkpoint checkpoint) {
        if (!checkpoint.headHash().equals(AuditChain.GENESIS) || checkpoint.recordCount() != 0) {
            checkpointProblems.add(new ChainProblem(Kind.CHECKPOINT_CHANGED, null, checkpoint.number(),
                    "checkpoint " + checkpoint.number() + " covers no record but names a head"));
        }
    }

    private void checkCheckpoints(List<Checkpoint> checkpoints) {
        long expectedNumber = 1;
        String previousMac = AuditChain.GENESIS;
        int rankBefore = ChainKeys.UNKEYED;
        long sequenceBefore = 0;
        for (Checkpoint checkpoint : checkpoints) {
            for (long gone = expectedNumber; gone < checkpoint.number(); gone++) {
                checkpointProblems.add(new ChainProblem(Kind.CHECKPOINT_MISSING, null, gone,
                        "checkpoint " + gone + " is missing"));
            }
            Optional<String> problem = checkpointProblem(checkpoint, previousMac, rankBefore, sequenceBefore);
            if (problem.isPresent()) {
                Kind kind = keys.rank(checkpoint.keyId()).isEmpty() ? Kind.UNKNOWN_KEY : Kind.CHECKPOINT_CHANGED;
                checkpointProblems.add(new ChainProblem(kind, null, checkpoint.number(), problem.get()));
            } else {
                trust(checkpoint);
                rankBefore = keys.rank(checkpoint.keyId()).orElseThrow();
                sequenceBefore = checkpoint.sequence();
            }
            expectedNumber = checkpoint.number() + 1;
            previousMac = checkpoint.mac();
        }
    }

    private Optional<String> checkpointProblem(Checkpoint checkpoint, String previousMac, int rankBefore,
                                               long sequenceBefore) {
        String name = "checkpoint " + checkpoint.number();
        Optional<ChainKey> key = keys.find(checkpoint.keyId());
        if (key.isEmpty()) {
            return Optional.of(name + " names key " + checkpoint.keyId() + ", which this node does not hold");
        }
        if (!Checkpoint.mac(checkpoint, key.get()).equals(checkpoint.mac())) {
            return Optional.of(name + " was changed after it was written");
        }
        if (!checkpoint.previousMac().equals(previousMac)) {
            return Optional.of(name + " does not link to the checkpoint before it");
        }
        if (keys.rank(checkpoint.keyId()).orElseThrow() < rankBefore) {
            return Optional.of(name + " names an older key than the checkpoint before it");
        }
        if (checkpoint.sequence() < sequenceBefore) {
            return Optional.of(name + " covers fewer records than the checkpoint before it");
        }
        return Optional.empty();
    }

    private void trust(Checkpoint checkpoint) {
        trustedCount++;
        lastTrusted = checkpoint;
        trustedBySequence.computeIfAbsent(checkpoint.sequence(), sequence -> new ArrayList<>()).add(checkpoint);
    }
}
