package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.Wording;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FindingRulesTests {

    static final Set<String> BODY_CHECKLIST = Set.of("AB-TC-02", "AB-RC-01");

    @Test
    void aCompleteFindingOnTheChecklistIsValid() {
        assertThat(FindingRules.check("", "AB-TC-02", "JJF 1033-2023 4.2", "MAJOR", "标准器证书过期", BODY_CHECKLIST))
                .isEmpty();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertThat(FindingRules.check("findings[1].", "IM-TA-01", "c".repeat(121), "SEVERE", "d".repeat(2001),
                BODY_CHECKLIST)).extracting(FieldProblem::field).containsExactly("findings[1].checklistItem",
                "findings[1].clause", "findings[1].severity", "findings[1].description");
    }

    @Test
    void aBlankDescriptionIsRefused() {
        assertThat(FindingRules.check("", "AB-RC-01", null, "MINOR", "  ", BODY_CHECKLIST))
                .extracting(Wording::english).containsExactly("is required");
    }
}
