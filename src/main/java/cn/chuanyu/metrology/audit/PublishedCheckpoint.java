package cn.chuanyu.metrology.audit;

import java.time.Instant;

/**
 * A checkpoint as published to anyone: its number, the head it covered (sequence, head MAC, number of records),
 * when, why, the key id and its MAC. Who asked for it stays in the audit log (public pages name no person).
 */
public record PublishedCheckpoint(long number, long sequence, String headMac, long recordCount, Instant createdAt,
                                  Checkpoint.Occasion occasion, String keyId, String previousMac, String mac) {

    static PublishedCheckpoint of(Checkpoint checkpoint) {
        return new PublishedCheckpoint(checkpoint.number(), checkpoint.sequence(), checkpoint.headHash(),
                checkpoint.recordCount(), checkpoint.createdAt(), checkpoint.occasion(), checkpoint.keyId(),
                checkpoint.previousMac(), checkpoint.mac());
    }
}
