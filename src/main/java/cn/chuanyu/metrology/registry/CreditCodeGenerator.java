package cn.chuanyu.metrology.registry;

/**
 * Makes valid, distinct credit codes for demo and benchmark data: the n-th code of a generator is a fixed
 * permutation of n (so codes never repeat for n below 31^9) in the organisation-code part, behind
 * "91" (a company registered by market regulation) and the given division code.
 */
public final class CreditCodeGenerator {

    private static final long SPACE = 26_439_622_160_671L; // 31^9 organisation codes
    private static final long STRIDE = 7_777_777_777L;     // not a multiple of 31, so n -> n * STRIDE is a permutation

    private final long offset;

    /** A generator whose codes depend only on the seed. */
    public CreditCodeGenerator(long seed) {
        this.offset = Math.floorMod(seed * 1_000_003L, SPACE);
    }

    /** The n-th code (0 ≤ n < 1,000,000,000) for a party registered in the given six-digit division. */
    public String code(long n, String divisionCode) {
        if (n < 0 || n >= 1_000_000_000L) {
            throw new IllegalArgumentException("n must be in [0, 1e9), was " + n);
        }
        if (divisionCode.length() != 6) {
            throw new IllegalArgumentException("division code must have 6 digits: " + divisionCode);
        }
        long organisation = Math.floorMod(n * STRIDE + offset, SPACE);
        StringBuilder code = new StringBuilder("91").append(divisionCode);
        char[] digits = new char[9];
        for (int i = 8; i >= 0; i--) {
            digits[i] = CreditCode.ALPHABET.charAt((int) (organisation % 31));
            organisation /= 31;
        }
        code.append(digits);
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
