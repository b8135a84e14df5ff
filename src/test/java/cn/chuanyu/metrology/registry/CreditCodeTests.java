package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.kernel.Wording;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTests {

    @Test
    void acceptsACodeWithTheRightCheckCharacter() {
        CreditCode code = CreditCode.of("91350100M000100Y43");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code.divisionCode()).isEqualTo("350100");
    }

    @Test
    void checkCharacterFollowsTheWeightedSumModulo31() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        // 1 at position 1 weighs 1: (31 - 1) mod 31 = 30 -> 'Y'
        assertThat(CreditCode.checkCharacter("10000000000000000")).isEqualTo('Y');
    }

    @Test
    void wrongCheckCharacterNamesPosition18AndTheExpectedCharacter() {
        assertThat(CreditCode.reason("91350100M000100Y44").map(Wording::english))
                .hasValue("check character at position 18 is '4' but must be '3'");
    }

    @Test
    void characterOutsideTheAlphabetIsReportedWithItsPosition() {
        assertThat(CreditCode.reason("91350100I000100Y43").map(Wording::english)).get().asString()
                .startsWith("character 'I' at position 9 is not allowed");
        assertThat(CreditCode.reason("91350100m000100Y43").map(Wording::english)).get().asString().contains("position 9");
        assertThat(CreditCode.reason("9135010OM000100Y43").map(Wording::english)).get().asString().contains("position 8");
    }

    @Test
    void wrongLengthIsReported() {
        assertThat(CreditCode.reason("91350100M000100Y4").map(Wording::english)).hasValue("must be 18 characters long, not 17");
        assertThat(CreditCode.reason(null).map(Wording::english)).hasValue("must be 18 characters long, not 0");
        assertThat(CreditCode.reason("91350100M000100Y433").map(Wording::english)).hasValue("must be 18 characters long, not 19");
    }

    @Test
    void ofRejectsABadCodeWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91350100M000100Y4Z"))
                .withMessageContaining("problem.creditCode.character[Z, 18]");
    }

    @Test
    void generatedCodesAreValidDistinctAndReproducible() {
        CreditCodeGenerator generator = new CreditCodeGenerator(42);
        Set<String> codes = new HashSet<>();
        for (int n = 0; n < 100_000; n++) {
            String code = generator.code(n, n % 2 == 0 ? "510100" : "500103");
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            codes.add(code);
        }

        assertThat(codes).hasSize(100_000);
        assertThat(new CreditCodeGenerator(42).code(7, "510100")).isEqualTo(generator.code(7, "510100"));
        assertThat(new CreditCodeGenerator(43).code(7, "510100")).isNotEqualTo(generator.code(7, "510100"));
        assertThat(generator.code(7, "510100")).startsWith("91510100");
    }
}
