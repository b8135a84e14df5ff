package cn.chuanyu.metrology.planning.draw.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The campaign's parameters of a draw: how many parties (a count, or a ratio of the register rounded up), the
 * minimum per risk class, the team size, the per-campaign load cap per inspector, and the provinces (a joint
 * campaign needs one inspector from each of them in every team).
 */
public record DrawParameters(Integer sampleCount, BigDecimal sampleRatio, Map<String, Integer> minimumPerRiskClass,
                             int teamSize, int loadCap, boolean joint, List<String> provinces) {

    public DrawParameters {
        if ((sampleCount == null) == (sampleRatio == null)) {
            throw new IllegalArgumentException("give either a sample count or a sample ratio");
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

    /** How many parties to draw from a register of the given size, before the minimums per risk class. */
    int sampleSize(int registerSize) {
        if (sampleCount != null) {
            return Math.min(sampleCount, registerSize);
        }
        int byRatio = new BigDecimal(registerSize).multiply(sampleRatio)
                .setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        return Math.min(byRatio, registerSize);
    }
}
