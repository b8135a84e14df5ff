package cn.chuanyu.metrology.planning.draw.v1;

import cn.chuanyu.metrology.planning.draw.v1.InspectorExclusion.Reason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.chuanyu.metrology.planning.draw.v1.Drawing.inputs;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.inspector;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.inspectors;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.register;
import static org.assertj.core.api.Assertions.assertThat;

class TeamDrawTests {

    @Test
    void everyTeamHasTwoQualifiedInspectorsOfThePartysProvince() {
        List<InspectorEntry> pool = new ArrayList<>(inspectors(6, "SC", 900));
        pool.addAll(inspectors(6, "CQ", 950));
        pool.add(new InspectorEntry(999, "SC", List.of("TAXIMETER")));
        List<RegisterEntry> register = new ArrayList<>(register(30, "SC", "LOW", 1, 1));
        register.addAll(register(30, "CQ", "LOW", 1, 100));

        DrawResult result = Draw.run(inputs("seed", parameters(20, 100, false), register, pool));

        assertThat(result.selection()).hasSize(20).allSatisfy(drawn -> {
            assertThat(drawn.team()).hasSize(2).doesNotHaveDuplicates().doesNotContain(999L);
            assertThat(drawn.team()).allMatch(id -> province(pool, id).equals(drawn.province()));
        });
    }

    @Test
    void anInspectorWithADeclaredConflictStepsAsideAndIsListed() {
        List<InspectorEntry> pool = inspectors(3, "SC", 900);
        RegisterEntry party = new RegisterEntry(1, "SC", "LOW", 1, List.of("FUEL_DISPENSER"), List.of(), List.of(901L));

        DrawResult result = Draw.run(inputs("seed", parameters(1, 10, false), List.of(party), pool));

        assertThat(result.selection().get(0).team()).containsExactlyInAnyOrder(900L, 902L);
        assertThat(result.inspectorExclusions()).containsExactly(new InspectorExclusion(1, 901, Reason.CONFLICT));
    }

    @Test
    void nobodyFromThePreviousTeamGoesAgain() {
        List<InspectorEntry> pool = inspectors(4, "SC", 900);
        RegisterEntry party = new RegisterEntry(1, "SC", "LOW", 1, List.of("FUEL_DISPENSER"), List.of(900L, 903L),
                List.of());

        DrawResult result = Draw.run(inputs("seed", parameters(1, 10, false), List.of(party), pool));

        assertThat(result.selection().get(0).team()).containsExactlyInAnyOrder(901L, 902L);
        assertThat(result.inspectorExclusions()).extracting(InspectorExclusion::reason)
                .containsOnly(Reason.PREVIOUS_TEAM).hasSize(2);
    }

    @Test
    void noInspectorGoesAboveTheLoadCap() {
        List<InspectorEntry> pool = inspectors(10, "SC", 900);

        DrawResult result = Draw.run(inputs("seed", parameters(12, 3, false), register(12, "SC", "LOW", 1, 1), pool));

        Map<Long, Integer> load = new HashMap<>();
        result.selection().stream().map(DrawnParty::team).flatMap(Collection::stream)
                .forEach(id -> load.merge(id, 1, Integer::sum));
        assertThat(load.values()).allMatch(teams -> teams <= 3);
        assertThat(result.selection()).allMatch(DrawnParty::hasTeam);
        assertThat(result.inspectorExclusions()).extracting(InspectorExclusion::reason).contains(Reason.LOAD_CAP);
    }

    @Test
    void aJointTeamHasOneInspectorFromEachProvince() {
        List<InspectorEntry> pool = new ArrayList<>(inspectors(5, "SC", 900));
        pool.addAll(inspectors(5, "CQ", 950));

        DrawResult result = Draw.run(inputs("seed", parameters(10, 100, true), register(10, "SC", "LOW", 1, 1), pool));

        assertThat(result.selection()).allSatisfy(drawn -> assertThat(drawn.team().stream()
                .map(id -> province(pool, id))).containsExactlyInAnyOrder("SC", "CQ"));
    }

    @Test
    void whenNoValidTeamExistsTheDrawSaysWhichPartyAndWhy() {
        List<InspectorEntry> pool = List.of(inspector(900, "SC"), inspector(901, "SC"), inspector(950, "CQ"));
        RegisterEntry party = new RegisterEntry(7, "SC", "LOW", 1, List.of("FUEL_DISPENSER"), List.of(900L),
                List.of(950L));

        DrawResult result = Draw.run(inputs("seed", parameters(1, 10, true), List.of(party), pool));

        DrawnParty drawn = result.selection().get(0);
        assertThat(drawn.team()).isEmpty();
        assertThat(drawn.teamProblem()).contains("party 7", "one from each of [CQ, SC]", "1 declared a conflict",
                "1 were on the previous team");
    }

    @Test
    void anImpossibleTeamUsesUpNobodysLoad() {
        List<InspectorEntry> pool = List.of(inspector(900, "SC"), inspector(901, "SC"));
        RegisterEntry blocked = new RegisterEntry(1, "SC", "HIGH", 1000, List.of("FUEL_DISPENSER"), List.of(),
                List.of(901L));
        RegisterEntry fine = new RegisterEntry(2, "SC", "LOW", 1, List.of("FUEL_DISPENSER"), List.of(), List.of());

        DrawResult result = Draw.run(inputs("seed", parameters(2, 1, false), List.of(blocked, fine), pool));

        assertThat(result.selection()).extracting(DrawnParty::partyId).containsExactly(1L, 2L);
        assertThat(result.selection().get(0).hasTeam()).isFalse();
        assertThat(Set.copyOf(result.selection().get(1).team())).containsExactlyInAnyOrder(900L, 901L);
    }

    private static DrawParameters parameters(int count, int loadCap, boolean joint) {
        return new DrawParameters(count, null, Map.of(), 2, loadCap, joint, joint ? List.of("SC", "CQ") : List.of("SC"));
    }

    private static String province(List<InspectorEntry> pool, long id) {
        return pool.stream().filter(inspector -> inspector.inspectorId() == id).findFirst().orElseThrow().province();
    }
}
