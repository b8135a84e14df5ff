package cn.chuanyu.metrology.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which of a draw's candidates a mutual-recognition exemption leaves out, and why: a party exempt from the draws
 * of any of the campaign's provinces for the campaign's categories. Without a recognition module, nobody.
 */
final class Exemptions {

    static final String NO_SOURCE = "none: no recognition module provides exemptions";
    static final String RECOGNITION_SOURCE = "recognition";

    private Exemptions() {
    }

    static String source(RecognitionExemptions recognition) {
        return recognition == null ? NO_SOURCE : RECOGNITION_SOURCE;
    }

    /** The exempt candidates in party id order, each with its reason. */
    static List<PartyExclusion> among(Collection<Long> candidates, RecognitionExemptions recognition,
                                      List<String> provinces, Set<String> categories, LocalDate on) {
        if (recognition == null) {
            return List.of();
        }
        Set<Long> eligible = Set.copyOf(candidates);
        Map<Long, String> exempt = new TreeMap<>();
        for (String province : provinces) {
            recognition.exemptPartyIds(province, categories, on).stream().filter(eligible::contains)
                    .forEach(party -> exempt.putIfAbsent(party,
                            "RECOGNITION_EXEMPT: mutual recognition (结果互认) in force for " + province));
        }
        return exempt.entrySet().stream().map(entry -> new PartyExclusion(entry.getKey(), entry.getValue())).toList();
    }
}
