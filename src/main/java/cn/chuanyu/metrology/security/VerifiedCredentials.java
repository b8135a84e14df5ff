package cn.chuanyu.metrology.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passwords this node has already checked against an account's BCrypt hash, so that a program that sends HTTP Basic
 * with every call (and keeps its session cookie) is checked on every call without paying BCrypt each time. Only a
 * keyed MAC of the password is kept, in memory, under a key made at start and never stored; an entry belongs to
 * one password hash of the account, so a new password never matches an old entry.
 */
final class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;
    private static final String MAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Map<String, byte[]> macs = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });

    VerifiedCredentials(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    /** Whether this password was checked for this account (and this password hash of it) before. */
    boolean contains(CurrentUser account, String password) {
        byte[] known = macs.get(entry(account));
        return known != null && MessageDigest.isEqual(known, mac(account, password));
    }

    /** Remembers a password that has just been checked against the account's hash. */
    void add(CurrentUser account, String password) {
        macs.put(entry(account), mac(account, password));
    }

    private static String entry(CurrentUser account) {
        return account.username() + '\u0000' + account.passwordHash();
    }

    private byte[] mac(CurrentUser account, String password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(entry(account).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
