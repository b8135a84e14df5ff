package cn.chuanyu.metrology.audit;

import java.time.Instant;

/** A record before it joins a chain: everything but its chain, sequence number, key and link values. */
record UnlinkedRecord(Instant recordedAt, String actor, String action, String subjectType, String subjectId,
                      String detail) {

    /** The record as the link after the given sequence number and link value, MACed with the key. */
    AuditRecord linkedAfter(String chainId, long sequence, String previousHash, ChainKey key) {
        var unsigned = new AuditRecord(chainId, sequence, recordedAt, actor, action, subjectType, subjectId, detail,
                key.id(), previousHash, null);
        return unsigned.withHash(AuditChain.mac(unsigned, key));
    }
}
