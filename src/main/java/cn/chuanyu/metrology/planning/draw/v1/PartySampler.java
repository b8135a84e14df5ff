package cn.chuanyu.metrology.planning.draw.v1;

import cn.chuanyu.metrology.planning.draw.SeededKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): every party gets key ln(u)/weight; parties are
 * ranked by key, largest first, ties by smaller party id. The top parties of each risk class are reserved up to
 * its minimum, then the rest of the sample is filled in rank order. The selection is listed in rank order.
 */
final class PartySampler {

    static final Comparator<Ranked> BY_RANK = Comparator.comparingDouble(Ranked::key).reversed()
            .thenComparingLong(ranked -> ranked.entry().partyId());

    private PartySampler() {
    }

    record Ranked(RegisterEntry entry, double key) {
    }

    /** Keys are independent of each other, so they are computed in parallel; the order is then a plain sort. */
    static Ranked[] rank(List<RegisterEntry> register, ThreadLocal<SeededKeys> keys) {
        Ranked[] ranked = new Ranked[register.size()];
        IntStream.range(0, ranked.length).parallel().forEach(i -> {
            RegisterEntry entry = register.get(i);
            ranked[i] = new Ranked(entry, SeededKeys.partyKey(keys.get().partyU(entry.partyId()), entry.weight()));
        });
        Arrays.sort(ranked, BY_RANK);
        return ranked;
    }

    /** Indexes into {@code ranked} of the selection, in rank order, and which were taken for a minimum. */
    static List<Selected> select(Ranked[] ranked, DrawParameters parameters) {
        boolean[] chosen = new boolean[ranked.length];
        boolean[] byMinimum = new boolean[ranked.length];
        int count = reserveMinimums(ranked, parameters.minimumPerRiskClass(), chosen, byMinimum);
        int wanted = Math.max(parameters.sampleSize(ranked.length), count);
        for (int i = 0; i < ranked.length && count < wanted; i++) {
            if (!chosen[i]) {
                chosen[i] = true;
                count++;
            }
        }
        List<Selected> selection = new ArrayList<>(count);
        for (int i = 0; i < ranked.length; i++) {
            if (chosen[i]) {
                selection.add(new Selected(ranked[i], byMinimum[i]));
            }
        }
        return selection;
    }

    record Selected(Ranked ranked, boolean byMinimum) {
    }

    private static int reserveMinimums(Ranked[] ranked, Map<String, Integer> minimums, boolean[] chosen,
                                       boolean[] byMinimum) {
        Map<String, Integer> stillNeeded = new HashMap<>(minimums);
        int count = 0;
        for (int i = 0; i < ranked.length; i++) {
            String riskClass = ranked[i].entry().riskClass();
            int needed = stillNeeded.getOrDefault(riskClass, 0);
            if (needed > 0) {
                chosen[i] = true;
                byMinimum[i] = true;
                stillNeeded.put(riskClass, needed - 1);
                count++;
            }
        }
        return count;
    }
}
