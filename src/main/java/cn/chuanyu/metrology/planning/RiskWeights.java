package cn.chuanyu.metrology.planning;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Risk weights from the {@code RiskWeight} decision table (bpmn/RiskWeight.dmn), floored so every eligible party keeps
 * a chance. One {@link Table} evaluates each distinct combination of inputs once, however many parties share it.
 */
@Component
class RiskWeights {

    static final String DECISION_KEY = "RiskWeight";

    private final DecisionService decisions;
    private final PlanningSettings settings;

    RiskWeights(DecisionService decisions, PlanningSettings settings) {
        this.decisions = decisions;
        this.settings = settings;
    }

    /** A fresh cache for one draw, so a changed table applies to the next draw. */
    Table table() {
        return new Table();
    }

    /**
     * The inputs of the table; lastOutcome is PASS, RECTIFY, FAIL or NONE (never inspected); recognitionRefused:
     * a recognition of the party's result was refused in a province of the party's share.
     */
    record Inputs(String riskClass, String lastOutcome, int openFindings, boolean expiredCredentials,
                  boolean recognitionRefused) {
    }

    /** Evaluates through the engine once per distinct input combination. */
    final class Table {

        private final Map<Inputs, Long> weights = new HashMap<>();

        long weight(Inputs inputs) {
            return weights.computeIfAbsent(inputs, RiskWeights.this::evaluate);
        }

        int evaluations() {
            return weights.size();
        }
    }

    private long evaluate(Inputs inputs) {
        Object sum = decisions.evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("riskClass", inputs.riskClass())
                        .putValue("lastOutcome", inputs.lastOutcome())
                        .putValue("openFindings", inputs.openFindings())
                        .putValue("expiredCredentials", inputs.expiredCredentials())
                        .putValue("recognitionRefused", inputs.recognitionRefused()))
                .evaluate()
                .collectEntries("weight").stream().findFirst().orElse(0);
        return Math.max(settings.weightFloor(), ((Number) sum).longValue());
    }
}
