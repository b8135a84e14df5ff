package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.kernel.Message;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol alphabet,
 * the last one a check character over the first 17. Only the format and the check character are verified;
 * the region in positions 3–8 is recorded separately.
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** The code, or an {@link IllegalArgumentException} whose message names the position that is wrong. */
    public static CreditCode of(String text) {
        reason(text).ifPresent(reason -> {
            throw new IllegalArgumentException(reason.toString());
        });
        return new CreditCode(text);
    }

    /** Why the text is not a valid code, in the reader's words: the position that is wrong, or empty when valid. */
    public static Optional<Message> reason(String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.of(Message.of("problem.creditCode.length", LENGTH, text == null ? 0 : text.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return Optional.of(Message.of("problem.creditCode.character", String.valueOf(text.charAt(i)), i + 1));
            }
        }
        char expected = checkCharacter(text.substring(0, LENGTH - 1));
        if (text.charAt(LENGTH - 1) != expected) {
            return Optional.of(Message.of("problem.creditCode.check", String.valueOf(text.charAt(LENGTH - 1)),
                    String.valueOf(expected)));
        }
        return Optional.empty();
    }

    public static boolean isValid(String text) {
        return reason(text).isEmpty();
    }

    /** The check character for the first 17 characters of a code, all from the alphabet. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int symbol = ALPHABET.indexOf(first17.charAt(i));
            if (symbol < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed");
            }
            sum += symbol * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The registering authority's division code (positions 3–8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
