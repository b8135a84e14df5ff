package cn.chuanyu.metrology.planning.draw;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of chuanyu-draw/2 one by one, on small frozen inputs. */
class DrawRulesTests {

    private static final String CATEGORY = "FUEL_DISPENSER";
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final String SEED = Sha256.hex("a seed for the tests");

    @Test
    void theDrawDependsOnTheInputsAndSeedOnlyNotOnTheOrderTheyCameIn() {
        List<RegisterLine> register = register(200, "SC", "LOW", 3);
        FrozenInputs frozen = frozen(count(20, 2, 100, false, "SC"), register, pool(10, "SC", null));
        List<RegisterLine> reversed = new ArrayList<>(register);
        Collections.reverse(reversed);

        DrawResult first = Draw.run(frozen, SEED);
        DrawResult again = Draw.run(frozen(count(20, 2, 100, false, "SC"), reversed, pool(10, "SC", null)), SEED);
        DrawResult other = Draw.run(frozen, Sha256.hex("another seed"));

        assertThat(again).isEqualTo(first);
        assertThat(again.resultSha256()).isEqualTo(first.resultSha256());
        assertThat(other.selection()).extracting(DrawnParty::partyId)
                .isNotEqualTo(first.selection().stream().map(DrawnParty::partyId).toList());
    }

    @Test
    void aCountAboveTheRegisterDrawsTheWholeRegisterAndSaysNAndNPrimeApart() {
        DrawResult result = Draw.run(frozen(count(50, 2, 100, false, "SC"), register(4, "SC", "LOW", 1),
                pool(4, "SC", null)), SEED);

        assertThat(result.registerSize()).isEqualTo(4);
        assertThat(result.requestedSize()).isEqualTo(4);
        assertThat(result.selectionSize()).isEqualTo(4);
    }

    @Test
    void minimumsPerRiskClassCanDrawMoreThanAskedAndAreMarked() {
        List<RegisterLine> register = new ArrayList<>(register(30, "SC", "LOW", 5));
        register.addAll(register(5, "SC", "HIGH", 1, 1000));
        DrawParameters parameters = new DrawParameters(2, null, Map.of("HIGH", 3), 2, 100, false, List.of("SC"));

        DrawResult result = Draw.run(frozen(parameters, register, pool(6, "SC", null)), SEED);

        assertThat(result.requestedSize()).isEqualTo(2);
        assertThat(result.selectionSize()).isEqualTo(3);
        assertThat(result.selection()).filteredOn(DrawnParty::byMinimum).hasSize(3)
                .allSatisfy(drawn -> assertThat(drawn.partyId()).isGreaterThanOrEqualTo(1000));
    }

    @Test
    void aRatioIsRoundedUpInExactDecimal() {
        DrawParameters tenPercent = new DrawParameters(null, new BigDecimal("0.1"), Map.of(), 2, 100, false,
                List.of("SC"));

        assertThat(tenPercent.requestedSize(31)).isEqualTo(4);
        assertThat(tenPercent.requestedSize(30)).isEqualTo(3);
    }

    @Test
    void partiesArePlannedOnTheWorkingDaysInTurn() {
        List<LocalDate> days = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
        FrozenInputs frozen = new FrozenInputs(1, count(7, 2, 100, false, "SC"), days, register(7, "SC", "LOW", 1),
                pool(8, "SC", null), List.of(), List.of());

        assertThat(Draw.run(frozen, SEED).selection()).extracting(DrawnParty::plannedDate)
                .containsExactly(days.get(0), days.get(1), days.get(2), days.get(0), days.get(1), days.get(2),
                        days.get(0));
    }

    @Test
    void anInspectorWhoseCertificateEndsBeforeThePlannedDateIsPassedOverForThatPartyWithTheReason() {
        List<LocalDate> days = List.of(MONDAY, MONDAY.plusDays(1));
        List<PoolInspector> pool = List.of(inspector(1, "SC", MONDAY), inspector(2, "SC", null),
                inspector(3, "SC", null));
        FrozenInputs frozen = new FrozenInputs(1, count(2, 2, 100, false, "SC"), days, register(2, "SC", "LOW", 1),
                pool, List.of(), List.of());

        DrawnParty second = Draw.run(frozen, SEED).selection().get(1);

        assertThat(second.plannedDate()).isEqualTo(MONDAY.plusDays(1));
        assertThat(second.team()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(second.excluded()).containsExactly(new TeamExclusion(1, TeamExclusion.Reason.CERTIFICATE_EXPIRED));
    }

    @Test
    void aConflictOrThePreviousTeamKeepsAnInspectorOffWithTheReason() {
        RegisterLine party = new RegisterLine(7, "SC", List.of("SC"), "LOW", 1, List.of(CATEGORY), List.of(2L),
                List.of(1L));

        DrawnParty drawn = Draw.run(frozen(count(1, 2, 100, false, "SC"), List.of(party), pool(4, "SC", null)), SEED)
                .selection().get(0);

        assertThat(drawn.team()).containsExactlyInAnyOrder(3L, 4L);
        assertThat(drawn.excluded()).extracting(TeamExclusion::inspectorId, TeamExclusion::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1L, TeamExclusion.Reason.CONFLICT),
                        org.assertj.core.groups.Tuple.tuple(2L, TeamExclusion.Reason.PREVIOUS_TEAM));
    }

    @Test
    void nobodyGoesAboveTheLoadCapAndCappedCandidatesRankedAboveAMemberAreRecorded() {
        DrawResult result = Draw.run(frozen(count(6, 2, 2, false, "SC"), register(6, "SC", "LOW", 1),
                pool(5, "SC", null)), SEED);

        Map<Long, Long> load = new java.util.HashMap<>();
        result.selection().forEach(drawn -> drawn.team().forEach(id -> load.merge(id, 1L, Long::sum)));
        assertThat(load.values()).allSatisfy(teams -> assertThat(teams).isLessThanOrEqualTo(2));
        assertThat(result.withoutTeam()).isEqualTo(1);
        assertThat(result.selection()).flatExtracting(DrawnParty::excluded)
                .extracting(TeamExclusion::reason).contains(TeamExclusion.Reason.LOAD_CAP);
    }

    @Test
    void aJointTeamHasOneInspectorOfEachProvinceInProvinceOrderFirst() {
        List<PoolInspector> pool = new ArrayList<>(pool(3, "SC", null));
        pool.addAll(pool(3, "CQ", null, 100));
        DrawResult result = Draw.run(frozen(count(5, 3, 100, true, "SC", "CQ"), register(5, "SC", "LOW", 1), pool),
                SEED);

        assertThat(result.selection()).allSatisfy(drawn -> {
            assertThat(drawn.team()).hasSize(3);
            assertThat(drawn.team().get(0)).as("first the best of CQ").isGreaterThanOrEqualTo(100);
            assertThat(drawn.team().get(1)).as("then the best of SC").isLessThan(100);
        });
    }

    @Test
    void whenNoTeamCanBeDrawnTheProblemIsStructuredAndNobodysLoadChanges() {
        List<PoolInspector> pool = pool(3, "SC", null);
        RegisterLine blocked = new RegisterLine(1, "SC", List.of("SC"), "HIGH", 9, List.of(CATEGORY), List.of(),
                List.of(1L, 2L));
        RegisterLine next = new RegisterLine(2, "SC", List.of("SC"), "LOW", 1, List.of(CATEGORY), List.of(), List.of());
        DrawParameters parameters = new DrawParameters(2, null, Map.of("HIGH", 1), 2, 1, false, List.of("SC"));

        DrawResult result = Draw.run(frozen(parameters, List.of(blocked, next), pool), SEED);

        DrawnParty first = result.selection().stream().filter(d -> d.partyId() == 1).findFirst().orElseThrow();
        assertThat(first.team()).isEmpty();
        assertThat(first.teamProblem()).isEqualTo(new TeamProblem(2, 1, List.of(), Map.of("SC", 3), 2, 0, 0, 0));
        assertThat(first.teamProblem().canonical()).isEqualTo(
                "needed=2,available=1,missingProvinces=,candidates=SC:3,conflict=2,previousTeam=0,"
                        + "certificateExpired=0,loadCap=0");
        DrawnParty second = result.selection().stream().filter(d -> d.partyId() == 2).findFirst().orElseThrow();
        assertThat(second.team()).as("inspector 3 was not used up by the impossible team").hasSize(2);
    }

    @Test
    void theSeedOfADrawIsAHashAndNothingTyped() {
        FrozenInputs frozen = frozen(count(1, 2, 100, false, "SC"), register(2, "SC", "LOW", 1), pool(2, "SC", null));

        assertThatThrownBy(() -> Draw.run(frozen, "上证指数 2027-01-04 收盘 3201.45"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedBindsTheFrozenInputsAndEveryRevealedValue() {
        String frozen = Sha256.hex("frozen");
        Map<Contributor, String> reveals = Map.of(Contributor.BEACON, "08 12", Contributor.SERVER, "0".repeat(64));

        String seed = SeedCeremony.seed(9, frozen, reveals);

        assertThat(seed).isEqualTo(Sha256.hex("chuanyu-draw/2 seed\ncampaign=9\nfrozen=" + frozen
                + "\nBEACON=08 12\nSERVER=" + "0".repeat(64) + "\n"));
        assertThat(SeedCeremony.seed(9, Sha256.hex("frozen again"), reveals)).isNotEqualTo(seed);
        assertThat(SeedCeremony.seed(9, frozen, Map.of(Contributor.BEACON, "08 13", Contributor.SERVER,
                "0".repeat(64)))).isNotEqualTo(seed);
    }

    @Test
    void aBeaconValueIsTakenInItsNormalFormAndASecretMustBeOneLine() {
        assertThat(SeedCeremony.normaliseBeacon("  03 11\t17  24\n")).isEqualTo("03 11 17 24");
        assertThat(SeedCeremony.invalidValue(Contributor.SUPERVISOR_SC, "short")).isPresent();
        assertThat(SeedCeremony.invalidValue(Contributor.SUPERVISOR_SC, "sixteen chars ok\nsecond")).isPresent();
        assertThat(SeedCeremony.invalidValue(Contributor.SUPERVISOR_SC, "dice 4 2 6 6 1 3 5 2")).isEmpty();
        assertThat(SeedCeremony.invalidValue(Contributor.SERVER, "ABC")).isPresent();
    }

    private static DrawParameters count(int count, int teamSize, int loadCap, boolean joint, String... provinces) {
        return new DrawParameters(count, null, Map.of(), teamSize, loadCap, joint, List.of(provinces));
    }

    private static FrozenInputs frozen(DrawParameters parameters, List<RegisterLine> register, List<PoolInspector> pool) {
        return new FrozenInputs(1, parameters, List.of(MONDAY), register, pool, List.of(), List.of());
    }

    private static List<RegisterLine> register(int size, String province, String riskClass, long weight) {
        return register(size, province, riskClass, weight, 1);
    }

    private static List<RegisterLine> register(int size, String province, String riskClass, long weight, long first) {
        List<RegisterLine> register = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            register.add(new RegisterLine(first + i, province, List.of(province), riskClass, weight, List.of(CATEGORY),
                    List.of(), List.of()));
        }
        return register;
    }

    private static List<PoolInspector> pool(int size, String province, LocalDate validUntil) {
        return pool(size, province, validUntil, 1);
    }

    private static List<PoolInspector> pool(int size, String province, LocalDate validUntil, long first) {
        List<PoolInspector> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(inspector(first + i, province, validUntil));
        }
        return pool;
    }

    private static PoolInspector inspector(long id, String province, LocalDate validUntil) {
        return new PoolInspector(id, province, List.of(CATEGORY), validUntil == null ? LocalDate.of(2099, 12, 31)
                : validUntil);
    }
}
