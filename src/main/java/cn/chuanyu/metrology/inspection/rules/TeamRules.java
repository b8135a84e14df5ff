package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.registry.StaffRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 双随机 team rules: at least two distinct inspectors, each an active INSPECTOR, none with a declared conflict of
 * interest with the party (回避).
 */
public final class TeamRules {

    public static final int MINIMUM_TEAM = 2;
    private static final String FIELD = "inspectorIds";

    private TeamRules() {
    }

    /** The broken rules for a requested team; {@code found} holds the staff records that exist among the ids. */
    public static List<Violation> check(long partyId, Collection<Long> requested, Collection<StaffMember> found) {
        List<Violation> violations = new ArrayList<>();
        Set<Long> distinct = requested == null ? new LinkedHashSet<>() : new LinkedHashSet<>(requested);
        if (distinct.contains(null)) {
            return List.of(new Violation(FIELD, "must not contain null"));
        }
        Map<Long, StaffMember> byId = found.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
        long inspectors = distinct.stream().map(byId::get)
                .filter(member -> member != null && member.role() == StaffRole.INSPECTOR && member.active()).count();
        if (inspectors < MINIMUM_TEAM) {
            violations.add(new Violation(FIELD, "needs at least " + MINIMUM_TEAM + " distinct active inspectors"));
        }
        for (Long id : distinct) {
            StaffMember member = byId.get(id);
            if (member == null) {
                violations.add(new Violation(FIELD, "staff " + id + " does not exist"));
            } else if (member.role() != StaffRole.INSPECTOR || !member.active()) {
                violations.add(new Violation(FIELD, "staff " + id + " is not an active inspector"));
            } else if (member.conflictPartyIds().contains(partyId)) {
                violations.add(new Violation(FIELD, "staff " + id + " has a declared conflict with the party"));
            }
        }
        return violations;
    }

    /**
     * The inspectors of a team set by hand whose enforcement certificate (执法证) has ended by the planned date:
     * they may not inspect that day.
     */
    public static List<Violation> checkCertificates(Collection<StaffMember> team, LocalDate plannedDate) {
        return team.stream().filter(member -> member.certificateExpiredOn(plannedDate))
                .sorted(java.util.Comparator.comparingLong(StaffMember::id))
                .map(member -> new Violation(FIELD, "staff " + member.id() + "'s enforcement certificate "
                        + member.enforcementCertificateNo() + " ended on "
                        + member.enforcementCertificateValidUntil() + ", before the planned date " + plannedDate))
                .toList();
    }
}
