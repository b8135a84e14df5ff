package cn.chuanyu.metrology.recognition.rules;

import java.util.Map;

/**
 * The facts the eligibility table (RecognitionEligibility.dmn) decides on, computed in plain Java.
 *
 * @param outcome the result's outcome: PASS, RECTIFY or FAIL
 */
public record EligibilityFacts(String outcome, boolean withinValidity, Coverage coverage, int openSevereFindings,
                               boolean credentialsCurrent) {

    /** The table's inputs by name. */
    public Map<String, Object> decisionInputs() {
        return Map.of("outcome", outcome, "withinValidity", withinValidity, "coverage", coverage.name(),
                "openSevereFindings", openSevereFindings, "credentialsCurrent", credentialsCurrent);
    }
}
