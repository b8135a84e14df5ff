package cn.chuanyu.metrology.planning.draw.v1;

import cn.chuanyu.metrology.planning.draw.v1.InspectorExclusion.Reason;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Says in words why no valid team could be drawn for a party, rather than bending a rule. */
final class TeamProblem {

    private TeamProblem() {
    }

    static String describe(RegisterEntry party, List<String> provinces, int teamSize, int candidates,
                           List<InspectorExclusion> exclusions, List<InspectorEntry> pool,
                           Map<String, Integer> candidatesByProvince) {
        String needs = provinces.size() > 1
                ? teamSize + " inspectors including one from each of " + provinces
                : teamSize + " inspectors from " + provinces.get(0);
        return "no valid team for party " + party.partyId() + ": needs " + needs + " qualified for "
                + party.categories() + "; " + candidates + " qualified candidates " + new TreeMap<>(candidatesByProvince)
                + ", of whom " + count(exclusions, Reason.CONFLICT) + " declared a conflict, "
                + count(exclusions, Reason.PREVIOUS_TEAM) + " were on the previous team, "
                + count(exclusions, Reason.LOAD_CAP) + " reached the load cap";
    }

    private static long count(List<InspectorExclusion> exclusions, Reason reason) {
        return exclusions.stream().filter(exclusion -> exclusion.reason() == reason).count();
    }
}
