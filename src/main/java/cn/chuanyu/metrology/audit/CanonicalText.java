package cn.chuanyu.metrology.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Fields written one after another as their UTF-8 length in bytes, ':', the bytes and '\n' (an absent value as
 * {@code -1:\n}), so no two different field lists share a text; and the digests taken over such a text.
 */
final class CanonicalText {

    private final StringBuilder text = new StringBuilder();

    CanonicalText add(Object value) {
        if (value == null) {
            text.append("-1:\n");
        } else {
            String field = value.toString();
            text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    String hmacSha256(ChainKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java runtime", e);
        }
    }
}
