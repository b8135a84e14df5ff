package cn.chuanyu.metrology.planning.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): key = ln(U("party:" + id)) / w, ranked largest
 * first, equal keys by the smaller party id. The first parties of each risk class in rank order are reserved up to
 * its minimum; the rest of the selection is filled in rank order; the selection is listed in rank order.
 */
final class PartyRanking {

    private static final Comparator<Ranked> BY_RANK = Comparator.comparingDouble(Ranked::key).reversed()
            .thenComparingLong(ranked -> ranked.line().partyId());

    private PartyRanking() {
    }

    record Ranked(RegisterLine line, double key) {
    }

    record Selected(Ranked ranked, boolean byMinimum) {
    }

    /** Keys are independent of each other, so they are computed in parallel; the order is then a plain sort. */
    static Ranked[] rank(List<RegisterLine> register, ThreadLocal<SeededKeys> keys) {
        Ranked[] ranked = new Ranked[register.size()];
        IntStream.range(0, ranked.length).parallel().forEach(i -> {
            RegisterLine line = register.get(i);
            ranked[i] = new Ranked(line, SeededKeys.partyKey(keys.get().partyU(line.partyId()), line.weight()));
        });
        Arrays.sort(ranked, BY_RANK);
        return ranked;
    }

    /** The selection in rank order: the reserved minimums plus the best of the rest, n′ in all. */
    static List<Selected> select(Ranked[] ranked, DrawParameters parameters) {
        boolean[] chosen = new boolean[ranked.length];
        boolean[] byMinimum = new boolean[ranked.length];
        Map<String, Integer> stillNeeded = new HashMap<>();
        DrawParameters.RISK_CLASSES.forEach(riskClass -> stillNeeded.put(riskClass, parameters.minimum(riskClass)));
        int count = 0;
        for (int i = 0; i < ranked.length; i++) {
            int needed = stillNeeded.getOrDefault(ranked[i].line().riskClass(), 0);
            if (needed > 0) {
                chosen[i] = byMinimum[i] = true;
                stillNeeded.put(ranked[i].line().riskClass(), needed - 1);
                count++;
            }
        }
        int selectionSize = Math.max(parameters.requestedSize(ranked.length), count);
        for (int i = 0; i < ranked.length && count < selectionSize; i++) {
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
}
