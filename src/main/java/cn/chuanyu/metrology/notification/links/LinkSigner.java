package cn.chuanyu.metrology.notification.links;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs and checks answer links: HMAC-SHA256 over (purpose, inspection, party, expiry). A token is
 * {@code payload.signature}, both base64url; the signature is compared in constant time. Each part has exactly one
 * accepted spelling (canonical base64url: no padding, unused bits zero): any other spelling of the same bytes is
 * refused like a forged token, so a link cannot be re-spelled into a "new" one.
 */
public final class LinkSigner {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MIN_SECRET_LENGTH = 32;

    private final byte[] secret;

    public LinkSigner(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the link secret needs at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(LinkClaims claims) {
        String payload = claims.purpose().name() + "|" + claims.inspectionId() + "|" + claims.partyId() + "|"
                + claims.expiresAt().getEpochSecond();
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(mac(payloadBytes));
    }

    /** The claims of a genuine, unexpired token of the expected purpose; otherwise refused. */
    public LinkClaims verify(String token, LinkPurpose expected, Instant now) {
        LinkClaims claims = verify(token);
        if (claims.purpose() != expected) {
            throw new LinkRefusedException(LinkRefusal.WRONG_PURPOSE);
        }
        if (!now.isBefore(claims.expiresAt())) {
            throw new LinkRefusedException(LinkRefusal.EXPIRED, claims);
        }
        return claims;
    }

    /**
     * The SHA-256 of a token's text. Uses recorded before V111 were keyed on it; uses are now keyed on what the
     * token grants (its claims), which no re-spelling changes.
     */
    public static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private LinkClaims verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 2) {
            throw new LinkRefusedException(LinkRefusal.MALFORMED);
        }
        byte[] payload = canonicalBytes(parts[0]);
        byte[] signature = canonicalBytes(parts[1]);
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw new LinkRefusedException(LinkRefusal.TAMPERED);
        }
        return parse(new String(payload, StandardCharsets.UTF_8));
    }

    /** The bytes of a part spelled exactly as this signer writes it; refused otherwise. */
    private static byte[] canonicalBytes(String part) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new LinkRefusedException(LinkRefusal.MALFORMED);
        }
        if (!ENCODER.encodeToString(bytes).equals(part)) {
            throw new LinkRefusedException(LinkRefusal.TAMPERED);
        }
        return bytes;
    }

    private static LinkClaims parse(String payload) {
        String[] fields = payload.split("\\|", -1);
        try {
            return new LinkClaims(LinkPurpose.valueOf(fields[0]), Long.parseLong(fields[1]),
                    Long.parseLong(fields[2]), Instant.ofEpochSecond(Long.parseLong(fields[3])));
        } catch (RuntimeException e) {
            throw new LinkRefusedException(LinkRefusal.MALFORMED);
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
