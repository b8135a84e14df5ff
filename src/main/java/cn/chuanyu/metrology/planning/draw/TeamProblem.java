package cn.chuanyu.metrology.planning.draw;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Why no team could be drawn for a party, as numbers; the words on a page are only a rendering of these.
 *
 * @param needed             the team size T
 * @param available          candidates with no recorded reason and below the load cap
 * @param missingProvinces   team provinces with no available candidate (ascending)
 * @param candidates         qualified candidates per team province, before any reason (every team province listed)
 * @param conflict           candidates recorded as CONFLICT
 * @param previousTeam       candidates recorded as PREVIOUS_TEAM
 * @param certificateExpired candidates recorded as CERTIFICATE_EXPIRED
 * @param loadCap            candidates without those reasons that had reached the load cap
 */
public record TeamProblem(int needed, int available, List<String> missingProvinces, Map<String, Integer> candidates,
                          int conflict, int previousTeam, int certificateExpired, int loadCap) {

    public TeamProblem {
        missingProvinces = List.copyOf(missingProvinces);
        candidates = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(candidates));
    }

    /** The problem's field of the result's byte form, e.g. {@code needed=2,available=1,missingProvinces=CQ,…}. */
    public String canonical() {
        return "needed=" + needed + ",available=" + available
                + ",missingProvinces=" + String.join("+", missingProvinces)
                + ",candidates=" + candidates.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining("+"))
                + ",conflict=" + conflict + ",previousTeam=" + previousTeam
                + ",certificateExpired=" + certificateExpired + ",loadCap=" + loadCap;
    }
}
