package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.PoolExclusion;
import cn.chuanyu.metrology.planning.draw.PoolInspector;
import cn.chuanyu.metrology.registry.StaffMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The inspector pool of a draw: every active inspector of the campaign's provinces qualified for at least one of
 * its categories whose enforcement certificate (执法证) is valid on the first planned day, with the campaign's
 * categories they are qualified for. The other qualified ones are left out and listed: no certificate, or one that
 * ends before the first planned day.
 */
final class InspectorPool {

    private InspectorPool() {
    }

    record Outcome(List<PoolInspector> pool, List<PoolExclusion> exclusions) {
    }

    static Outcome of(Collection<StaffMember> inspectors, Map<Long, LocalDate> certificates,
                      Collection<String> categories, LocalDate firstPlannedDay) {
        List<PoolInspector> pool = new ArrayList<>();
        List<PoolExclusion> exclusions = new ArrayList<>();
        for (StaffMember inspector : inspectors) {
            List<String> qualifications = inspector.qualifications().stream().filter(categories::contains).toList();
            if (qualifications.isEmpty()) {
                continue;
            }
            LocalDate validUntil = certificates.get(inspector.id());
            if (validUntil == null) {
                exclusions.add(new PoolExclusion(inspector.id(), PoolExclusion.Reason.CERTIFICATE_MISSING));
            } else if (validUntil.isBefore(firstPlannedDay)) {
                exclusions.add(new PoolExclusion(inspector.id(), PoolExclusion.Reason.CERTIFICATE_EXPIRED));
            } else {
                pool.add(new PoolInspector(inspector.id(), inspector.province(), qualifications, validUntil));
            }
        }
        return new Outcome(pool, exclusions);
    }
}
