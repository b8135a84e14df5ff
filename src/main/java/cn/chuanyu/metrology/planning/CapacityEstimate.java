package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawParameters;
import cn.chuanyu.metrology.planning.draw.PoolInspector;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity rule: n′ = max(n, Σ min(minimum, parties of the class)); each pool inspector qualified for a campaign
 * category can serve min(L, the positions 1…n′ whose planned day its certificate covers) teams; the pool staffs at
 * most ⌊Σ/T⌋ teams, and a joint campaign no more than any one province's Σ (one of each per team).
 */
final class CapacityEstimate {

    private CapacityEstimate() {
    }

    static CampaignCapacity of(DrawParameters parameters, Collection<String> riskClasses, List<PoolInspector> pool,
                               int inspectorsLeftOut, List<LocalDate> plannedDays) {
        int registerSize = riskClasses.size();
        Map<String, Integer> perClass = new HashMap<>();
        riskClasses.forEach(riskClass -> perClass.merge(riskClass, 1, Integer::sum));
        int reserved = DrawParameters.RISK_CLASSES.stream()
                .mapToInt(c -> Math.min(parameters.minimum(c), perClass.getOrDefault(c, 0))).sum();
        int parties = Math.max(parameters.requestedSize(registerSize), reserved);
        long total = 0;
        Map<String, Long> perProvince = new HashMap<>();
        parameters.provinces().forEach(province -> perProvince.put(province, 0L));
        int inspectors = 0;
        for (PoolInspector inspector : pool) {
            if (inspector.qualifications().isEmpty()) {
                continue;
            }
            inspectors++;
            long slots = Math.min(parameters.loadCap(), positionsCovered(parties, plannedDays,
                    inspector.certificateValidUntil()));
            total += slots;
            perProvince.merge(inspector.province(), slots, Long::sum);
        }
        long teams = Math.min(parties, total / parameters.teamSize());
        if (parameters.joint()) {
            for (long slots : perProvince.values()) {
                teams = Math.min(teams, slots);
            }
        }
        return new CampaignCapacity(registerSize, parties, (int) teams, parties - (int) teams, inspectors,
                inspectorsLeftOut, plannedDays.size());
    }

    /** How many of positions 1…n are planned on a day the certificate still covers (days are used in turn). */
    private static long positionsCovered(int positions, List<LocalDate> plannedDays, LocalDate validUntil) {
        long coveredDays = plannedDays.stream().filter(day -> !day.isAfter(validUntil)).count();
        int days = plannedDays.size();
        return (long) (positions / days) * coveredDays + Math.min(positions % days, coveredDays);
    }
}
