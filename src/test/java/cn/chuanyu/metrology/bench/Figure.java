package cn.chuanyu.metrology.bench;

import java.util.List;

/**
 * One measured figure: a sample per repetition, the bare engine's samples where there is a baseline, and the goal
 * of the issue with whether the median meets it.
 */
record Figure(String scenario, String name, String unit, List<Double> samples, List<Double> baseline, String goal,
              Boolean met, String note) {

    double median() {
        return Samples.median(samples);
    }

    Double baselineMedian() {
        return baseline == null || baseline.isEmpty() ? null : Samples.median(baseline);
    }

    /** Ours divided by the baseline's median (for rates: the share of the baseline's rate we reach). */
    Double ratio() {
        Double base = baselineMedian();
        return base == null || base == 0 ? null : median() / base;
    }
}
