package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.Wording;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.registry.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TeamRulesTests {

    static final long PARTY = 42;

    static StaffMember member(long id, StaffRole role, boolean active, Long... conflicts) {
        return new StaffMember(id, "S" + id, role, "人" + id, null, "SC", null, active, Set.of(),
                Set.copyOf(Arrays.asList(conflicts)));
    }

    @Test
    void twoActiveInspectorsWithoutConflictFormATeam() {
        var found = List.of(member(1, StaffRole.INSPECTOR, true), member(2, StaffRole.INSPECTOR, true));

        assertThat(TeamRules.check(PARTY, List.of(1L, 2L), found)).isEmpty();
    }

    @Test
    void theSamePersonTwiceIsOnlyOneInspector() {
        var found = List.of(member(1, StaffRole.INSPECTOR, true));

        assertThat(TeamRules.check(PARTY, List.of(1L, 1L), found))
                .extracting(Wording::english).containsExactly("needs at least 2 distinct active inspectors");
    }

    @Test
    void supervisorsInactiveStaffUnknownIdsAndConflictsAreNamed() {
        var found = List.of(member(1, StaffRole.SUPERVISOR, true), member(2, StaffRole.INSPECTOR, false),
                member(3, StaffRole.INSPECTOR, true, PARTY), member(4, StaffRole.INSPECTOR, true),
                member(6, StaffRole.INSPECTOR, true));

        assertThat(TeamRules.check(PARTY, List.of(1L, 2L, 3L, 4L, 5L, 6L), found)).extracting(Wording::english)
                .containsExactly("staff 1 is not an active inspector", "staff 2 is not an active inspector",
                        "staff 3 has a declared conflict with the party", "staff 5 does not exist");
    }

    @Test
    void aMissingTeamIsRefused() {
        assertThat(TeamRules.check(PARTY, null, List.of())).extracting(FieldProblem::field)
                .containsExactly("inspectorIds");
    }

    @Test
    void anInspectorWhoseCertificateEndsBeforeThePlannedDayIsNamedAndOneEndingThatDayIsNot() {
        var day = java.time.LocalDate.of(2027, 3, 1);
        var ended = new StaffMember(1, "S1", StaffRole.INSPECTOR, "人1", null, "SC", null, true, Set.of(), Set.of(),
                "川执-1", day.minusDays(1));
        var lastDay = new StaffMember(2, "S2", StaffRole.INSPECTOR, "人2", null, "SC", null, true, Set.of(), Set.of(),
                "川执-2", day);
        var none = member(3, StaffRole.INSPECTOR, true);

        assertThat(TeamRules.checkCertificates(List.of(lastDay, ended, none), day))
                .extracting(FieldProblem::reason)
                .containsExactly(Message.of("problem.team.certificateExpired", 1L, "川执-1", day.minusDays(1), day));
    }
}
