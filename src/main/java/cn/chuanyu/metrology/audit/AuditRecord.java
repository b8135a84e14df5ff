package cn.chuanyu.metrology.audit;

import java.time.Instant;

/**
 * One link of an audit chain: who did what to which subject, the id of the key that MACs it (null for records
 * written before the chain had a key), the link value of the previous record and its own.
 */
public record AuditRecord(String chainId, long sequence, Instant recordedAt, String actor, String action,
                          String subjectType, String subjectId, String detail, String keyId, String previousHash,
                          String hash) {

    AuditRecord withHash(String newHash) {
        return new AuditRecord(chainId, sequence, recordedAt, actor, action, subjectType, subjectId, detail, keyId,
                previousHash, newHash);
    }
}
