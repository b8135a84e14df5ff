package cn.chuanyu.metrology.planning.draw.v1;

import cn.chuanyu.metrology.planning.draw.SeededKeys;
import cn.chuanyu.metrology.planning.draw.v1.InspectorExclusion.Reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a team for each selected party in selection order. Candidates are the inspectors of the team's provinces
 * (the party's, or every province of a joint campaign) qualified for all the party's categories, ranked by
 * u = HMAC(seed, "team:partyId:inspectorId"), largest first, ties by smaller inspector id. First the best valid
 * candidate of each team province (in province code order), then the best remaining valid ones up to the team size.
 * Valid: no declared conflict, not on the previous team, below the load cap.
 */
final class TeamAssigner {

    private final DrawParameters parameters;
    private final List<InspectorEntry> pool;
    private final int[] load;
    private final Map<String, int[]> candidatesByScope = new ConcurrentHashMap<>();

    TeamAssigner(DrawParameters parameters, List<InspectorEntry> pool) {
        this.parameters = parameters;
        this.pool = pool;
        this.load = new int[pool.size()];
    }

    record Team(List<Long> members, String problem, List<InspectorExclusion> exclusions) {
    }

    /**
     * The party's candidates (indexes into the pool) in rank order. Independent of every other party, so callers
     * may rank many parties in parallel, each thread with its own keys.
     */
    int[] rank(RegisterEntry party, SeededKeys keys) {
        return rank(party, candidates(teamProvinces(party), party.categories()), keys);
    }

    /** Draws the party's team from its ranked candidates; called in selection order, as loads add up. */
    Team assign(RegisterEntry party, int[] ranked) {
        List<String> provinces = teamProvinces(party);
        Map<Long, InspectorExclusion> exclusions = avoidances(party, ranked);
        List<Integer> picked = new ArrayList<>();
        for (String province : provinces) {
            pick(party, ranked, province, 1, picked, exclusions);
        }
        pick(party, ranked, null, parameters.teamSize() - picked.size(), picked, exclusions);
        List<InspectorExclusion> excluded = List.copyOf(exclusions.values());
        if (picked.size() < parameters.teamSize() || !coversEvery(provinces, picked)) {
            return new Team(List.of(), TeamProblem.describe(party, provinces, parameters.teamSize(),
                    ranked.length, excluded, pool, provinceOf(ranked)), excluded);
        }
        picked.forEach(index -> load[index]++);
        return new Team(picked.stream().map(index -> pool.get(index).inspectorId()).toList(), null, excluded);
    }

    private void pick(RegisterEntry party, int[] ranked, String province, int howMany, List<Integer> picked,
                      Map<Long, InspectorExclusion> exclusions) {
        int found = 0;
        for (int i = 0; i < ranked.length && found < howMany; i++) {
            InspectorEntry inspector = pool.get(ranked[i]);
            if ((province != null && !province.equals(inspector.province())) || picked.contains(ranked[i])
                    || exclusions.containsKey(inspector.inspectorId()) && !isLoadCapped(exclusions, inspector)) {
                continue;
            }
            if (load[ranked[i]] >= parameters.loadCap()) {
                exclusions.putIfAbsent(inspector.inspectorId(),
                        new InspectorExclusion(party.partyId(), inspector.inspectorId(), Reason.LOAD_CAP));
                continue;
            }
            picked.add(ranked[i]);
            found++;
        }
    }

    private static boolean isLoadCapped(Map<Long, InspectorExclusion> exclusions, InspectorEntry inspector) {
        return exclusions.get(inspector.inspectorId()).reason() == Reason.LOAD_CAP;
    }

    private Map<Long, InspectorExclusion> avoidances(RegisterEntry party, int[] ranked) {
        Map<Long, InspectorExclusion> exclusions = new LinkedHashMap<>();
        for (int index : ranked) {
            long id = pool.get(index).inspectorId();
            if (party.conflictInspectorIds().contains(id)) {
                exclusions.put(id, new InspectorExclusion(party.partyId(), id, Reason.CONFLICT));
            } else if (party.previousTeam().contains(id)) {
                exclusions.put(id, new InspectorExclusion(party.partyId(), id, Reason.PREVIOUS_TEAM));
            }
        }
        return exclusions;
    }

    private boolean coversEvery(List<String> provinces, List<Integer> picked) {
        return provinces.stream().allMatch(province ->
                picked.stream().anyMatch(index -> province.equals(pool.get(index).province())));
    }

    private Map<String, Integer> provinceOf(int[] ranked) {
        Map<String, Integer> counts = new HashMap<>();
        for (int index : ranked) {
            counts.merge(pool.get(index).province(), 1, Integer::sum);
        }
        return counts;
    }

    private List<String> teamProvinces(RegisterEntry party) {
        return parameters.joint() ? parameters.provinces() : List.of(party.province());
    }

    private int[] rank(RegisterEntry party, int[] candidates, SeededKeys keys) {
        double[] u = new double[pool.size()];
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            order[i] = candidates[i];
            u[candidates[i]] = keys.teamU(party.partyId(), pool.get(candidates[i]).inspectorId());
        }
        Arrays.sort(order, (a, b) -> u[a] != u[b] ? Double.compare(u[b], u[a])
                : Long.compare(pool.get(a).inspectorId(), pool.get(b).inspectorId()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private int[] candidates(List<String> provinces, List<String> categories) {
        return candidatesByScope.computeIfAbsent(provinces + "|" + categories, scope -> {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                InspectorEntry inspector = pool.get(i);
                if (provinces.contains(inspector.province()) && inspector.qualifications().containsAll(categories)) {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        });
    }
}
