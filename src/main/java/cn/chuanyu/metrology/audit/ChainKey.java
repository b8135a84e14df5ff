package cn.chuanyu.metrology.audit;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One key of the audit chain: an id that records name, and the secret that MACs them. Written in settings as
 * {@code id:secret}; the secret has at least 32 characters and never leaves the node's environment.
 */
public record ChainKey(String id, byte[] secret) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final int MIN_SECRET_LENGTH = 32;

    public ChainKey {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an audit chain key id is 1 to 32 letters, digits, '.', '_' or '-'");
        }
        secret = secret.clone();
    }

    /** Reads {@code id:secret}; names what is wrong without repeating the secret. */
    public static ChainKey parse(String setting, String settingName) {
        String value = setting == null ? "" : setting.strip();
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(settingName + " must be written as <key id>:<secret>, e.g. "
                    + "2026a:<at least 32 random characters>");
        }
        String secret = value.substring(colon + 1);
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(settingName + ": the secret of key " + value.substring(0, colon)
                    + " needs at least " + MIN_SECRET_LENGTH + " characters");
        }
        return new ChainKey(value.substring(0, colon), secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainKey key && key.id.equals(id) && java.util.Arrays.equals(key.secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
