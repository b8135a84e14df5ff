package cn.chuanyu.metrology.audit;

import java.util.Optional;

/**
 * The link value of a record. A keyed record (it names a key id) carries HMAC-SHA-256, keyed with that key, over
 * its keyed form: {@code chuanyu-audit/2}, chainId, keyId, sequence, recordedAt (ISO-8601 instant, microseconds),
 * actor, action, subjectType, subjectId, detail and previousHash, each written as its UTF-8 length in bytes, ':',
 * the bytes and '\n' (an absent value as {@code -1:\n}). A record written before the chain had a key carries
 * SHA-256 over the same fields without the first three.
 */
public final class AuditChain {

    /** The chain the application writes. */
    public static final String MAIN = "main";

    /** The previous link value of the first record, and the previous MAC of the first checkpoint. */
    public static final String GENESIS = "0".repeat(64);

    static final String RECORD_FORM = "chuanyu-audit/2";

    private AuditChain() {
    }

    /** The MAC the record carries when written with this key (the record must name the key's id). */
    public static String mac(AuditRecord record, ChainKey key) {
        if (!key.id().equals(record.keyId())) {
            throw new IllegalArgumentException("record names key " + record.keyId() + ", not " + key.id());
        }
        return keyedForm(record).hmacSha256(key);
    }

    /** The SHA-256 link value of a record written before the chain had a key. */
    public static String unkeyedHash(AuditRecord record) {
        return new CanonicalText().add(record.sequence()).add(record.recordedAt()).add(record.actor())
                .add(record.action()).add(record.subjectType()).add(record.subjectId()).add(record.detail())
                .add(record.previousHash()).sha256();
    }

    /** The link value the record should carry; empty when it names a key the given keys lack. */
    static Optional<String> expected(AuditRecord record, ChainKeys keys) {
        if (record.keyId() == null) {
            return Optional.of(unkeyedHash(record));
        }
        return keys.find(record.keyId()).map(key -> mac(record, key));
    }

    private static CanonicalText keyedForm(AuditRecord record) {
        return new CanonicalText().add(RECORD_FORM).add(record.chainId()).add(record.keyId())
                .add(record.sequence()).add(record.recordedAt()).add(record.actor()).add(record.action())
                .add(record.subjectType()).add(record.subjectId()).add(record.detail()).add(record.previousHash());
    }
}
