package cn.chuanyu.metrology.audit;

import java.time.Instant;

/** One link of the audit chain: who did what to which subject, with the hash of the previous link. */
public record AuditRecord(long sequence, Instant recordedAt, String actor, String action, String subjectType,
                          String subjectId, String detail, String previousHash, String hash) {
}
