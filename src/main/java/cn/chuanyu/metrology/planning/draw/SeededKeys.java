package cn.chuanyu.metrology.planning.draw;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The draw's random stream: HMAC-SHA256 keyed with the seed's UTF-8 bytes over a short UTF-8 message
 * ({@code party:<id>} or {@code team:<partyId>:<inspectorId>}, ids in decimal), mapped to u in (0,1) from the
 * first 52 bits of the digest: u = (x + 0.5) / 2^52. Not thread-safe; one per draw.
 */
final class SeededKeys {

    private static final double TWO_POW_52 = 0x1p52;

    private static final byte[] PARTY = "party:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEAM = "team:".getBytes(StandardCharsets.US_ASCII);

    private final Mac mac;
    private final byte[] message = new byte[64];
    private final byte[] digest = new byte[32];

    SeededKeys(String seed) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    double partyU(long partyId) {
        int length = put(PARTY, 0);
        length = putDecimal(partyId, length);
        return u(length);
    }

    double teamU(long partyId, long inspectorId) {
        int length = put(TEAM, 0);
        length = putDecimal(partyId, length);
        message[length++] = ':';
        length = putDecimal(inspectorId, length);
        return u(length);
    }

    /** Efraimidis–Spirakis key ln(u)/w: the larger key wins; StrictMath keeps it identical on every machine. */
    static double partyKey(double u, long weight) {
        return StrictMath.log(u) / weight;
    }

    private double u(int length) {
        try {
            mac.update(message, 0, length);
            mac.doFinal(digest, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("an HMAC-SHA256 digest has 32 bytes", e);
        }
        long first52Bits = ByteBuffer.wrap(digest).getLong() >>> 12;
        return (first52Bits + 0.5) / TWO_POW_52;
    }

    private int put(byte[] bytes, int at) {
        System.arraycopy(bytes, 0, message, at, bytes.length);
        return at + bytes.length;
    }

    private int putDecimal(long value, int at) {
        return put(Long.toString(value).getBytes(StandardCharsets.US_ASCII), at);
    }
}
