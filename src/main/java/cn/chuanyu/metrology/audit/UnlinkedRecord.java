package cn.chuanyu.metrology.audit;

import java.time.Instant;

/** A record before it joins the chain: everything but its sequence number and the hashes. */
record UnlinkedRecord(Instant recordedAt, String actor, String action, String subjectType, String subjectId,
                      String detail) {

    /** The record as the link after the given sequence number and hash. */
    AuditRecord linkedAfter(long sequence, String previousHash) {
        var unsigned = new AuditRecord(sequence, recordedAt, actor, action, subjectType, subjectId, detail,
                previousHash, null);
        return new AuditRecord(sequence, recordedAt, actor, action, subjectType, subjectId, detail, previousHash,
                AuditChain.hash(unsigned));
    }
}
