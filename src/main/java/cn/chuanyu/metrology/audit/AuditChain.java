package cn.chuanyu.metrology.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a record: SHA-256 over its canonical form, lower-case hex. The canonical form is the fields
 * sequence, recordedAt (ISO-8601 instant, microseconds), actor, action, subjectType, subjectId, detail and
 * previousHash, in that order, each written as its UTF-8 length in bytes, ':', the bytes, and '\n' (an absent
 * value is written as {@code -1:\n}), so no two different records share a form.
 */
public final class AuditChain {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditRecord record) {
        return sha256(canonicalForm(record));
    }

    public static String canonicalForm(AuditRecord record) {
        var form = new StringBuilder();
        append(form, Long.toString(record.sequence()));
        append(form, record.recordedAt().toString());
        append(form, record.actor());
        append(form, record.action());
        append(form, record.subjectType());
        append(form, record.subjectId());
        append(form, record.detail());
        append(form, record.previousHash());
        return form.toString();
    }

    private static void append(StringBuilder form, String value) {
        if (value == null) {
            form.append("-1:\n");
        } else {
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
