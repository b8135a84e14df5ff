package cn.chuanyu.metrology.recognition.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecognitionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate RESULT_VALID_UNTIL = LocalDate.of(2028, 5, 1);

    @Test
    void coverageNamesWhatWasNotInspected() {
        assertThat(Coverage.of(Set.of("WATER_METER"), Set.of("WATER_METER", "GAS_METER"))).isEqualTo(Coverage.FULL);
        assertThat(Coverage.of(Set.of("WATER_METER", "TAXIMETER"), Set.of("WATER_METER"))).isEqualTo(Coverage.PARTIAL);
        assertThat(Coverage.of(Set.of("TAXIMETER"), Set.of("WATER_METER"))).isEqualTo(Coverage.NONE);
        assertThat(Coverage.uncovered(Set.of("WATER_METER", "TAXIMETER", "HEAT_METER"), Set.of("WATER_METER")))
                .containsExactly("HEAT_METER", "TAXIMETER");
    }

    @Test
    void aRequestMustNameTheResultsOwnPartyAndTheOtherProvince() {
        var result = new RequestRules.Result(7, 1, "SC", TODAY.minusMonths(6));

        assertThat(RequestRules.check(new RequestRules.Request(2, "SC", TODAY.plusMonths(6)), result, TODAY,
                RESULT_VALID_UNTIL)).extracting(FieldProblem::field).containsExactly("partyId", "province");
        assertThat(RequestRules.check(new RequestRules.Request(1, "CQ", TODAY.plusMonths(6)), result, TODAY,
                RESULT_VALID_UNTIL)).isEmpty();
    }

    @Test
    void anExpiredResultCannotBeRecognisedNorARecognitionOutliveItsResult() {
        var result = new RequestRules.Result(7, 1, "SC", TODAY.minusYears(4));

        assertThat(RequestRules.check(new RequestRules.Request(1, "CQ", TODAY.plusMonths(1)), result, TODAY,
                TODAY.minusYears(1))).extracting(FieldProblem::field).containsExactly("inspectionId");
        assertThat(RequestRules.check(new RequestRules.Request(1, "CQ", RESULT_VALID_UNTIL.plusDays(1)), result,
                TODAY, RESULT_VALID_UNTIL)).extracting(FieldProblem::field).containsExactly("validUntil");
    }

    @Test
    void onlyAnEligibleRequestIsAcceptedInFullAndARefusalGivesItsReason() {
        assertThat(DecisionRules.check("ELIGIBLE", "ACCEPT", null)).isEmpty();
        assertThat(DecisionRules.check("PARTIAL", "ACCEPT", null)).extracting(FieldProblem::field).containsExactly("decision");
        assertThat(DecisionRules.check("PARTIAL", "ACCEPT_IN_PART", null)).isEmpty();
        assertThat(DecisionRules.check("NOT_ELIGIBLE", "ACCEPT_IN_PART", null)).hasSize(1);
        assertThat(DecisionRules.check("NOT_ELIGIBLE", "REFUSE", "")).extracting(FieldProblem::field).containsExactly("reason");
        assertThat(DecisionRules.check("NOT_ELIGIBLE", "REFUSE", "不在检查范围")).isEmpty();
    }

    @Test
    void acceptingInPartRecognisesOnlyTheCoveredCategories() {
        Set<String> requested = Set.of("WATER_METER", "TAXIMETER");
        assertThat(DecisionRules.recognised("ACCEPT_IN_PART", requested, Set.of("TAXIMETER")))
                .containsExactly("WATER_METER");
        assertThat(DecisionRules.recognised("ACCEPT", requested, Set.of())).containsExactly("TAXIMETER", "WATER_METER");
        assertThat(DecisionRules.recognised("REFUSE", requested, Set.of())).isEmpty();
    }

    @Test
    void aPartyIsExemptOnlyWhenEveryCategoryTheDrawWouldInspectItForIsRecognised() {
        Set<String> works = Set.of("WATER_METER", "GAS_METER");
        assertThat(Exemption.exempts(Set.of("WATER_METER"), works, Set.of("WATER_METER", "TAXIMETER"))).isTrue();
        assertThat(Exemption.exempts(Set.of("WATER_METER"), works, Set.of("WATER_METER", "GAS_METER"))).isFalse();
        assertThat(Exemption.exempts(Set.of("WATER_METER"), works, Set.of())).isFalse();
        assertThat(Exemption.exempts(Set.of("WATER_METER", "GAS_METER"), works, Set.of())).isTrue();
        assertThat(Exemption.exempts(Set.of("WATER_METER"), works, Set.of("TAXIMETER"))).isFalse();
    }
}
