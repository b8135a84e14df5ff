package cn.chuanyu.metrology.planning.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The draw's random stream: HMAC-SHA256 (RFC 2104) keyed with the seed's UTF-8 bytes over a short ASCII message
 * ({@code party:<id>} or {@code team:<partyId>:<inspectorId>}, ids in decimal), mapped to u in (0,1) from the
 * first 52 bits of the digest: u = (x + 0.5) / 2^52. The keyed pads are hashed once and copied per message.
 * The same stream in {@code chuanyu-draw/1} and {@code /2}. Not thread-safe; one per thread.
 */
public final class SeededKeys {

    private static final double TWO_POW_52 = 0x1p52;
    private static final int BLOCK = 64;
    private static final byte[] PARTY = "party:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEAM = "team:".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest innerPad;
    private final MessageDigest outerPad;
    private final byte[] message = new byte[64];
    private final byte[] innerDigest = new byte[32];
    private final byte[] digest = new byte[32];

    public SeededKeys(String seed) {
        byte[] key = seed.getBytes(StandardCharsets.UTF_8);
        if (key.length > BLOCK) {
            key = sha256().digest(key);
        }
        key = Arrays.copyOf(key, BLOCK);
        innerPad = sha256();
        outerPad = sha256();
        for (byte b : key) {
            innerPad.update((byte) (b ^ 0x36));
            outerPad.update((byte) (b ^ 0x5c));
        }
    }

    public double partyU(long partyId) {
        int length = put(PARTY, 0);
        length = putDecimal(partyId, length);
        return u(length);
    }

    public double teamU(long partyId, long inspectorId) {
        int length = put(TEAM, 0);
        length = putDecimal(partyId, length);
        message[length++] = ':';
        length = putDecimal(inspectorId, length);
        return u(length);
    }

    /** Efraimidis–Spirakis key ln(u)/w: the larger key wins; StrictMath keeps it identical on every machine. */
    public static double partyKey(double u, long weight) {
        return StrictMath.log(u) / weight;
    }

    private double u(int length) {
        try {
            MessageDigest inner = (MessageDigest) innerPad.clone();
            inner.update(message, 0, length);
            inner.digest(innerDigest, 0, innerDigest.length);
            MessageDigest outer = (MessageDigest) outerPad.clone();
            outer.update(innerDigest);
            outer.digest(digest, 0, digest.length);
        } catch (CloneNotSupportedException | DigestException e) {
            throw new IllegalStateException("SHA-256 digests of this runtime cannot be copied", e);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
