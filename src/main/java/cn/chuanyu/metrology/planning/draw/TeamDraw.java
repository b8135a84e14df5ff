package cn.chuanyu.metrology.planning.draw;

import cn.chuanyu.metrology.planning.draw.TeamExclusion.Reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a team for each selected party in selection order. Candidates are the pool inspectors of the team
 * provinces qualified for all the party's categories, ranked by U("team:" + partyId + ":" + inspectorId), largest
 * first, ties by smaller inspector id. A candidate with a conflict, on the previous team or whose certificate ends
 * before the planned date is passed over with that reason. Then the best available candidate of each team
 * province (in code order) is taken, then the best available others up to the team size; available means no reason
 * and below the load cap.
 */
final class TeamDraw {

    private final DrawParameters parameters;
    private final List<PoolInspector> pool;
    private final int[] load;
    private final Map<List<String>, int[]> candidatesByCategories = new ConcurrentHashMap<>();

    TeamDraw(DrawParameters parameters, List<PoolInspector> pool) {
        this.parameters = parameters;
        this.pool = pool;
        this.load = new int[pool.size()];
    }

    /** A party's candidates (indexes into the pool) in rank order, with each one's reason or null. */
    record Ranking(int[] candidates, Reason[] reasons) {
    }

    record Team(List<Long> members, List<TeamExclusion> excluded, TeamProblem problem) {
    }

    /** Independent of every other party, so callers may rank many parties in parallel, each with its own keys. */
    Ranking rank(RegisterLine party, LocalDate plannedDate, SeededKeys keys) {
        int[] qualified = candidatesByCategories.computeIfAbsent(party.categories(), this::qualified);
        double[] u = new double[qualified.length];
        Integer[] order = new Integer[qualified.length];
        for (int i = 0; i < qualified.length; i++) {
            order[i] = i;
            u[i] = keys.teamU(party.partyId(), pool.get(qualified[i]).inspectorId());
        }
        Arrays.sort(order, (a, b) -> u[a] != u[b] ? Double.compare(u[b], u[a])
                : Long.compare(pool.get(qualified[a]).inspectorId(), pool.get(qualified[b]).inspectorId()));
        int[] ranked = new int[order.length];
        Reason[] reasons = new Reason[order.length];
        for (int i = 0; i < order.length; i++) {
            ranked[i] = qualified[order[i]];
            reasons[i] = reason(party, pool.get(ranked[i]), plannedDate);
        }
        return new Ranking(ranked, reasons);
    }

    /** Draws the party's team from its ranking; called in selection order, as loads add up. */
    Team assign(Ranking ranking) {
        int[] ranked = ranking.candidates();
        boolean[] taken = new boolean[ranked.length];
        List<Integer> picked = new ArrayList<>();
        for (String province : parameters.provinces()) {
            for (int i = 0; i < ranked.length; i++) {
                if (available(ranking, i) && !taken[i] && province.equals(pool.get(ranked[i]).province())) {
                    taken[i] = true;
                    picked.add(i);
                    break;
                }
            }
        }
        for (int i = 0; i < ranked.length && picked.size() < parameters.teamSize(); i++) {
            if (available(ranking, i) && !taken[i]) {
                taken[i] = true;
                picked.add(i);
            }
        }
        List<TeamExclusion> excluded = excluded(ranking, picked.stream().mapToInt(Integer::intValue).max().orElse(-1));
        List<String> missing = missingProvinces(ranking);
        if (picked.size() < parameters.teamSize() || !missing.isEmpty()) {
            return new Team(List.of(), excluded, problem(ranking, missing));
        }
        picked.forEach(i -> load[ranked[i]]++);
        return new Team(picked.stream().map(i -> pool.get(ranked[i]).inspectorId()).toList(), excluded, null);
    }

    private boolean available(Ranking ranking, int i) {
        return ranking.reasons()[i] == null && load[ranking.candidates()[i]] < parameters.loadCap();
    }

    /** Every recorded reason in rank order; LOAD_CAP only above the lowest-ranked candidate taken. */
    private List<TeamExclusion> excluded(Ranking ranking, int lowestTaken) {
        List<TeamExclusion> excluded = new ArrayList<>();
        for (int i = 0; i < ranking.candidates().length; i++) {
            long id = pool.get(ranking.candidates()[i]).inspectorId();
            if (ranking.reasons()[i] != null) {
                excluded.add(new TeamExclusion(id, ranking.reasons()[i]));
            } else if (i < lowestTaken && load[ranking.candidates()[i]] >= parameters.loadCap()) {
                excluded.add(new TeamExclusion(id, Reason.LOAD_CAP));
            }
        }
        return excluded;
    }

    private List<String> missingProvinces(Ranking ranking) {
        List<String> missing = new ArrayList<>(parameters.provinces());
        for (int i = 0; i < ranking.candidates().length; i++) {
            if (available(ranking, i)) {
                missing.remove(pool.get(ranking.candidates()[i]).province());
            }
        }
        return missing;
    }

    private TeamProblem problem(Ranking ranking, List<String> missing) {
        Map<String, Integer> candidates = new LinkedHashMap<>();
        parameters.provinces().forEach(province -> candidates.put(province, 0));
        int[] byReason = new int[Reason.values().length];
        int available = 0;
        for (int i = 0; i < ranking.candidates().length; i++) {
            candidates.merge(pool.get(ranking.candidates()[i]).province(), 1, Integer::sum);
            if (ranking.reasons()[i] != null) {
                byReason[ranking.reasons()[i].ordinal()]++;
            } else if (available(ranking, i)) {
                available++;
            } else {
                byReason[Reason.LOAD_CAP.ordinal()]++;
            }
        }
        return new TeamProblem(parameters.teamSize(), available, missing, candidates,
                byReason[Reason.CONFLICT.ordinal()], byReason[Reason.PREVIOUS_TEAM.ordinal()],
                byReason[Reason.CERTIFICATE_EXPIRED.ordinal()], byReason[Reason.LOAD_CAP.ordinal()]);
    }

    private static Reason reason(RegisterLine party, PoolInspector inspector, LocalDate plannedDate) {
        if (party.conflictInspectorIds().contains(inspector.inspectorId())) {
            return Reason.CONFLICT;
        }
        if (party.previousTeam().contains(inspector.inspectorId())) {
            return Reason.PREVIOUS_TEAM;
        }
        return inspector.certifiedOn(plannedDate) ? null : Reason.CERTIFICATE_EXPIRED;
    }

    private int[] qualified(List<String> categories) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            PoolInspector inspector = pool.get(i);
            if (parameters.provinces().contains(inspector.province())
                    && inspector.qualifications().containsAll(categories)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
