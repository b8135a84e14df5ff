package cn.chuanyu.metrology.planning.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A campaign's parameters of a draw: how many parties (a count, or a ratio of the register rounded up), the
 * minimum per risk class, the team size T, the per-campaign load cap L per inspector, and the provinces (a joint
 * campaign needs one inspector from each of them in every team).
 */
public record DrawParameters(Integer sampleCount, BigDecimal sampleRatio, Map<String, Integer> minimumPerRiskClass,
                             int teamSize, int loadCap, boolean joint, List<String> provinces) {

    /** Risk classes in the order their minimums appear in the byte forms. */
    public static final List<String> RISK_CLASSES = List.of("LOW", "MEDIUM", "HIGH");

    public DrawParameters {
        if ((sampleCount == null) == (sampleRatio == null)) {
            throw new IllegalArgumentException("give either a sample count or a sample ratio");
        }
        if (provinces.isEmpty() || (!joint && provinces.size() != 1)) {
            throw new IllegalArgumentException("a single-province campaign names one province, a joint one several");
        }
        if (teamSize < 2 || (joint && teamSize < provinces.size())) {
            throw new IllegalArgumentException("a team needs at least two inspectors and one per joint province");
        }
        if (loadCap < 1) {
            throw new IllegalArgumentException("the load cap must be at least 1");
        }
        minimumPerRiskClass = Map.copyOf(minimumPerRiskClass);
        provinces = provinces.stream().sorted().toList();
    }

    /** n: how many parties the count or ratio asks for from a register of N lines, before the minimums. */
    public int requestedSize(int registerSize) {
        if (sampleCount != null) {
            return Math.min(sampleCount, registerSize);
        }
        int byRatio = new BigDecimal(registerSize).multiply(sampleRatio).setScale(0, RoundingMode.CEILING)
                .intValueExact();
        return Math.min(byRatio, registerSize);
    }

    public int minimum(String riskClass) {
        return minimumPerRiskClass.getOrDefault(riskClass, 0);
    }
}
