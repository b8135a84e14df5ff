package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.RegisterQuery.Candidate;
import cn.chuanyu.metrology.planning.draw.PartyExclusion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which candidates enter a draw's register, with which shares and categories, and what is left out and why: a
 * party with an inspection still open is left out; in each province it operates in, the categories a recognition in
 * force there covers are left out of that province's share (结果互认: the share of the recognising province only);
 * a party with no category left in any share is left out.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** A party that enters the register: the shares it is in and the categories it is drawn for. */
    record Eligible(Candidate candidate, List<String> shares, List<String> categories) {
    }

    record Outcome(List<Eligible> eligible, List<PartyExclusion> exclusions) {
    }

    /**
     * @param openInspections party id → an inspection of it not closed yet
     * @param recognised      province → party id → categories recognised in force there
     */
    static Outcome of(Collection<Candidate> candidates, Map<Long, Long> openInspections,
                      Map<String, Map<Long, Set<String>>> recognised) {
        List<Eligible> eligible = new ArrayList<>();
        List<PartyExclusion> exclusions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Long open = openInspections.get(candidate.partyId());
            if (open != null) {
                exclusions.add(PartyExclusion.openInspection(candidate.partyId(), open));
                continue;
            }
            List<String> shares = new ArrayList<>();
            Set<String> categories = new TreeSet<>();
            for (String province : candidate.operatesIn()) {
                Set<String> covered = new TreeSet<>(recognised.getOrDefault(province, Map.of())
                        .getOrDefault(candidate.partyId(), Set.of()));
                covered.retainAll(candidate.categories());
                if (!covered.isEmpty()) {
                    exclusions.add(PartyExclusion.recognised(candidate.partyId(), province, List.copyOf(covered)));
                }
                List<String> left = candidate.categories().stream().filter(code -> !covered.contains(code)).toList();
                if (!left.isEmpty()) {
                    shares.add(province);
                    categories.addAll(left);
                }
            }
            if (!shares.isEmpty()) {
                eligible.add(new Eligible(candidate, shares, List.copyOf(categories)));
            }
        }
        exclusions.sort(PartyExclusion.ORDER);
        return new Outcome(eligible, exclusions);
    }
}
