package cn.chuanyu.metrology.audit;

import java.time.Instant;

/**
 * A checkpoint of an audit chain: at a time, the chain held {@code recordCount} records up to {@code sequence},
 * whose newest carried {@code headHash}. Its MAC (with the chain key) covers every field and the MAC of the
 * checkpoint before, so checkpoints form a chain of their own. Published and mailed so the head leaves the database.
 */
public record Checkpoint(String chainId, long number, long sequence, String headHash, long recordCount,
                         Instant createdAt, Occasion occasion, String requestedBy, String keyId, String previousMac,
                         String mac) {

    static final String FORM = "chuanyu-audit-checkpoint/1";

    /** Why a checkpoint was written. */
    public enum Occasion {
        /** By the AuditCheckpoint process's timer, at least daily. */
        SCHEDULED,
        /** Asked for by an administrator. */
        ON_DEMAND
    }

    /** The MAC this checkpoint carries when written with the key (it must name the key's id). */
    public static String mac(Checkpoint checkpoint, ChainKey key) {
        if (!key.id().equals(checkpoint.keyId())) {
            throw new IllegalArgumentException("checkpoint names key " + checkpoint.keyId() + ", not " + key.id());
        }
        return new CanonicalText().add(FORM).add(checkpoint.chainId()).add(checkpoint.keyId())
                .add(checkpoint.number()).add(checkpoint.sequence()).add(checkpoint.headHash())
                .add(checkpoint.recordCount()).add(checkpoint.createdAt()).add(checkpoint.occasion())
                .add(checkpoint.requestedBy()).add(checkpoint.previousMac()).hmacSha256(key);
    }

    Checkpoint withMac(String newMac) {
        return new Checkpoint(chainId, number, sequence, headHash, recordCount, createdAt, occasion, requestedBy,
                keyId, previousMac, newMac);
    }
}
