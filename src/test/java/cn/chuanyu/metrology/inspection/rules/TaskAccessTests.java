package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.inspection.rules.TaskAccess.Actor;
import cn.chuanyu.metrology.inspection.rules.TaskAccess.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static cn.chuanyu.metrology.registry.StaffRole.INSPECTOR;
import static cn.chuanyu.metrology.registry.StaffRole.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

class TaskAccessTests {

    static final Set<Long> TEAM = Set.of(1L, 2L);
    static final Actor INSPECTOR_ON_TEAM = new Actor("a", "INSPECTOR", "SC", 1L);
    static final Actor INSPECTOR_OFF_TEAM = new Actor("c", "INSPECTOR", "SC", 3L);
    static final Actor JOINT_INSPECTOR_FROM_CQ = new Actor("j", "INSPECTOR", "CQ", 2L);
    static final Actor SUPERVISOR_SC = new Actor("s", "SUPERVISOR", "SC", 10L);
    static final Actor SUPERVISOR_CQ = new Actor("q", "SUPERVISOR", "CQ", 11L);
    static final Actor SUPERVISOR_ON_TEAM = new Actor("t", "SUPERVISOR", "SC", 2L);
    static final Actor ADMIN = new Actor("root", "ADMIN", null, null);

    @Test
    void teamInspectorsActOnTeamTasksEvenFromTheOtherProvince() {
        assertThat(TaskAccess.mayAct(INSPECTOR_ON_TEAM, INSPECTOR, "SC", TEAM, null)).isEqualTo(Verdict.ALLOWED);
        assertThat(TaskAccess.mayAct(JOINT_INSPECTOR_FROM_CQ, INSPECTOR, "SC", TEAM, null)).isEqualTo(Verdict.ALLOWED);
        assertThat(TaskAccess.mayAct(INSPECTOR_OFF_TEAM, INSPECTOR, "SC", TEAM, null)).isEqualTo(Verdict.HIDDEN);
        assertThat(TaskAccess.mayAct(INSPECTOR_ON_TEAM, SUPERVISOR, "SC", TEAM, null)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void inspectorsSeeOnlyTheInspectionsOfTheirTeamsNotTheRestOfTheirProvince() {
        assertThat(TaskAccess.maySee(INSPECTOR_ON_TEAM, "SC", TEAM)).isTrue();
        assertThat(TaskAccess.maySee(JOINT_INSPECTOR_FROM_CQ, "SC", TEAM)).isTrue();
        assertThat(TaskAccess.maySee(INSPECTOR_OFF_TEAM, "SC", TEAM)).isFalse();
        assertThat(TaskAccess.maySee(new Actor("x", "INSPECTOR", "CQ", 4L), "SC", TEAM)).isFalse();
    }

    @Test
    void supervisorsSeeTheirWholeProvinceAndNothingOfTheOther() {
        assertThat(TaskAccess.maySee(SUPERVISOR_SC, "SC", Set.of(7L, 8L))).isTrue();
        assertThat(TaskAccess.maySee(SUPERVISOR_CQ, "SC", Set.of(7L, 8L))).isFalse();
    }

    @Test
    void supervisorsReviewOwnProvinceOnlyAndNeverTheirOwnInspection() {
        assertThat(TaskAccess.mayAct(SUPERVISOR_SC, SUPERVISOR, "SC", TEAM, null)).isEqualTo(Verdict.ALLOWED);
        assertThat(TaskAccess.mayAct(SUPERVISOR_CQ, SUPERVISOR, "SC", TEAM, null)).isEqualTo(Verdict.HIDDEN);
        assertThat(TaskAccess.mayAct(SUPERVISOR_ON_TEAM, SUPERVISOR, "SC", TEAM, null)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(TaskAccess.mayAct(SUPERVISOR_SC, INSPECTOR, "SC", TEAM, null)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void administratorsSeeBothProvincesButActOnNothing() {
        assertThat(TaskAccess.maySee(ADMIN, "CQ", TEAM)).isTrue();
        assertThat(TaskAccess.mayAct(ADMIN, SUPERVISOR, "SC", TEAM, null)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(TaskAccess.mayAct(ADMIN, INSPECTOR, "SC", TEAM, null)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void aTaskClaimedBySomeoneElseIsTaken() {
        assertThat(TaskAccess.mayAct(INSPECTOR_ON_TEAM, INSPECTOR, "SC", TEAM, "j")).isEqualTo(Verdict.TAKEN);
        assertThat(TaskAccess.mayAct(INSPECTOR_ON_TEAM, INSPECTOR, "SC", TEAM, "a")).isEqualTo(Verdict.ALLOWED);
    }
}
