package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RiskWeightsIntegrationTests {

    @Autowired
    RiskWeights riskWeights;

    @Test
    void theDecisionTableAddsUpRiskHistoryFindingsExpiredCredentialsAndARefusedRecognition() {
        RiskWeights.Table table = riskWeights.table();

        assertThat(table.weight(new RiskWeights.Inputs("LOW", "PASS", 0, false, false))).isEqualTo(1);
        assertThat(table.weight(new RiskWeights.Inputs("MEDIUM", "NONE", 0, false, false))).isEqualTo(3);
        assertThat(table.weight(new RiskWeights.Inputs("HIGH", "FAIL", 2, true, false))).isEqualTo(4 + 4 + 2 + 3);
        assertThat(table.weight(new RiskWeights.Inputs("LOW", "PASS", 0, false, true))).isEqualTo(1 + 2);
    }

    @Test
    void eachDistinctCombinationIsEvaluatedOnce() {
        RiskWeights.Table table = riskWeights.table();

        for (int party = 0; party < 1_000; party++) {
            table.weight(new RiskWeights.Inputs(party % 2 == 0 ? "LOW" : "HIGH", "RECTIFY", party % 3, false, false));
        }

        assertThat(table.evaluations()).isEqualTo(6);
    }
}
