package cn.chuanyu.metrology.notification.links;

import java.util.ArrayList;
import java.util.List;

/**
 * Other spellings of a token, as an attacker who holds a used link would try them: '=' padding after either part
 * and a last character with its unused bits set (the same bytes to a lenient base64url decoder), and the token
 * re-cased (other bytes: it must fail like a forgery too).
 */
public final class LinkVariants {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private LinkVariants() {
    }

    /** Every variant: the same-bytes spellings and the re-cased ones. */
    public static List<String> of(String token) {
        List<String> variants = new ArrayList<>(sameBytes(token));
        variants.add(token.toUpperCase(java.util.Locale.ROOT));
        variants.add(token.toLowerCase(java.util.Locale.ROOT));
        variants.add(swapCaseOfFirstLetter(token));
        return variants.stream().filter(variant -> !variant.equals(token)).distinct().toList();
    }

    /** Spellings that decode to the same bytes as the token with Java's (lenient) base64url decoder. */
    public static List<String> sameBytes(String token) {
        String[] parts = token.split("\\.");
        List<String> variants = new ArrayList<>();
        variants.add(padded(parts[0]) + "." + parts[1]);
        variants.add(parts[0] + "." + padded(parts[1]));
        variants.add(padded(parts[0]) + "." + padded(parts[1]));
        variants.add(parts[0] + "." + lastCharacterWithUnusedBitsSet(parts[1]));
        if (parts[0].length() % 4 != 0) {
            variants.add(lastCharacterWithUnusedBitsSet(parts[0]) + "." + parts[1]);
        }
        return variants.stream().filter(variant -> !variant.equals(token)).distinct().toList();
    }

    private static String padded(String part) {
        return part + "=".repeat((4 - part.length() % 4) % 4);
    }

    /** The last character of an unpadded part carries 2 or 4 bits that no byte uses: set the lowest of them. */
    private static String lastCharacterWithUnusedBitsSet(String part) {
        int value = ALPHABET.indexOf(part.charAt(part.length() - 1));
        return part.substring(0, part.length() - 1) + ALPHABET.charAt(value | 1);
    }

    private static String swapCaseOfFirstLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                return token.substring(0, i) + swapped + token.substring(i + 1);
            }
        }
        return token;
    }
}
