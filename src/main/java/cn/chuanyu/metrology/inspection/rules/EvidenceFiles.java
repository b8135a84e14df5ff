package cn.chuanyu.metrology.inspection.rules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for evidence files: a plain file name (no folders, no path tricks) and a content type recognised from
 * the first bytes (JPEG, PNG, PDF, HEIC, MP4), whatever the name claims.
 */
public final class EvidenceFiles {

    public static final int MAX_NAME = 200;
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "mif1", "msf1");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "mp41", "mp42", "avc1", "M4V ", "dash");

    private EvidenceFiles() {
    }

    /** The name to store, or empty when the name is missing, too long or tries to name a path. */
    public static Optional<String> safeName(String original) {
        if (original == null || original.isBlank() || original.length() > MAX_NAME) {
            return Optional.empty();
        }
        String name = original.strip();
        boolean pathTrick = name.contains("/") || name.contains("\\") || name.contains("..")
                || name.matches("^[A-Za-z]:.*") || name.startsWith("~") || name.startsWith(".")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        return pathTrick ? Optional.empty() : Optional.of(name.replaceAll("[<>:\"|?*]", "_"));
    }

    /** The content type the bytes show, or empty when it is not a supported kind. */
    public static Optional<String> detectType(byte[] head) {
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (head.length >= 12 && "ftyp".equals(ascii(head, 4, 8))) {
            String brand = ascii(head, 8, 12);
            if (HEIC_BRANDS.contains(brand)) {
                return Optional.of("image/heic");
            }
            if (MP4_BRANDS.contains(brand)) {
                return Optional.of("video/mp4");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(Arrays.copyOfRange(bytes, from, to), StandardCharsets.US_ASCII);
    }
}
