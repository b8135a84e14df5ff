package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.kernel.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.chuanyu.metrology.registry.EnforcementCertificates.Standing.EXPIRED;
import static cn.chuanyu.metrology.registry.EnforcementCertificates.Standing.EXPIRING;
import static cn.chuanyu.metrology.registry.EnforcementCertificates.Standing.NONE;
import static cn.chuanyu.metrology.registry.EnforcementCertificates.Standing.VALID;
import static org.assertj.core.api.Assertions.assertThat;

class EnforcementCertificatesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void theRegisterFlagsACertificateEndingWithinSixtyDaysAndOneThatHasEnded() {
        assertThat(EnforcementCertificates.standing(null, TODAY)).isEqualTo(NONE);
        assertThat(EnforcementCertificates.standing(TODAY.plusDays(61), TODAY)).isEqualTo(VALID);
        assertThat(EnforcementCertificates.standing(TODAY.plusDays(60), TODAY)).isEqualTo(EXPIRING);
        assertThat(EnforcementCertificates.standing(TODAY, TODAY)).isEqualTo(EXPIRING);
        assertThat(EnforcementCertificates.standing(TODAY.minusDays(1), TODAY)).isEqualTo(EXPIRED);
    }

    @Test
    void aNumberAndItsValidityComeTogether() {
        assertThat(EnforcementCertificates.problems("川执 51-0001", TODAY)).isEmpty();
        assertThat(EnforcementCertificates.problems(null, null)).isEmpty();
        assertThat(EnforcementCertificates.problems("川执 51-0001", null)).extracting(FieldProblem::field)
                .containsExactly("enforcementCertificateValidUntil");
        assertThat(EnforcementCertificates.problems(null, TODAY)).extracting(FieldProblem::field)
                .containsExactly("enforcementCertificateNo");
        assertThat(EnforcementCertificates.problems("<script>", TODAY)).extracting(FieldProblem::field)
                .containsExactly("enforcementCertificateNo");
    }
}
