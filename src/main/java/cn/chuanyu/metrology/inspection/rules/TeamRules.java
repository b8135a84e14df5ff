package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;
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
    public static List<FieldProblem> check(long partyId, Collection<Long> requested, Collection<StaffMember> found) {
        List<FieldProblem> violations = new ArrayList<>();
        Set<Long> distinct = requested == null ? new LinkedHashSet<>() : new LinkedHashSet<>(requested);
        if (distinct.contains(null)) {
            return List.of(FieldProblem.of(FIELD, "problem.noNulls"));
        }
        Map<Long, StaffMember> byId = found.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
        long inspectors = distinct.stream().map(byId::get)
                .filter(member -> member != null && member.role() == StaffRole.INSPECTOR && member.active()).count();
        if (inspectors < MINIMUM_TEAM) {
            violations.add(FieldProblem.of(FIELD, "problem.team.tooSmall", MINIMUM_TEAM));
        }
        for (Long id : distinct) {
            StaffMember member = byId.get(id);
            if (member == null) {
                violations.add(FieldProblem.of(FIELD, "problem.team.unknownStaff", id));
            } else if (member.role() != StaffRole.INSPECTOR || !member.active()) {
                violations.add(FieldProblem.of(FIELD, "problem.team.notActiveInspector", id));
            } else if (member.conflictPartyIds().contains(partyId)) {
                violations.add(FieldProblem.of(FIELD, "problem.team.conflict", id));
            }
        }
        return violations;
    }

    /**
     * The inspectors of a team set by hand whose enforcement certificate (执法证) has ended by the planned date:
     * they may not inspect that day.
     */
    public static List<FieldProblem> checkCertificates(Collection<StaffMember> team, LocalDate plannedDate) {
        return team.stream().filter(member -> member.certificateExpiredOn(plannedDate))
                .sorted(java.util.Comparator.comparingLong(StaffMember::id))
                .map(member -> FieldProblem.of(FIELD, "problem.team.certificateExpired", member.id(),
                        member.enforcementCertificateNo(), member.enforcementCertificateValidUntil(), plannedDate))
                .toList();
    }
}
