package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.RegisterQuery.Candidate;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.planning.draw.DrawParameters;
import cn.chuanyu.metrology.planning.draw.PartyExclusion;
import cn.chuanyu.metrology.planning.draw.PoolExclusion;
import cn.chuanyu.metrology.planning.draw.PoolInspector;
import cn.chuanyu.metrology.planning.draw.SeedCeremony;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain rules around the draw: eligibility, the pool, capacity, and who takes part in the seed ceremony. */
class DrawEligibilityRulesTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 1);

    @Test
    void aRecognitionLeavesItsCategoriesOutOfTheRecognisingProvincesShareOnly() {
        Candidate both = new Candidate(1, "SC", "LOW", List.of("CQ", "SC"), List.of("TAXIMETER", "WATER_METER"), false);
        Candidate cqOnly = new Candidate(2, "SC", "LOW", List.of("CQ"), List.of("WATER_METER"), false);

        Eligibility.Outcome outcome = Eligibility.of(List.of(both, cqOnly), Map.of(), Map.of("CQ",
                Map.of(1L, Set.of("WATER_METER"), 2L, Set.of("WATER_METER", "GAS_METER"))));

        assertThat(outcome.eligible()).singleElement().satisfies(eligible -> {
            assertThat(eligible.candidate().partyId()).isEqualTo(1);
            assertThat(eligible.shares()).containsExactly("CQ", "SC");
            assertThat(eligible.categories()).containsExactly("TAXIMETER", "WATER_METER");
        });
        assertThat(outcome.exclusions()).containsExactly(
                PartyExclusion.recognised(1, "CQ", List.of("WATER_METER")),
                PartyExclusion.recognised(2, "CQ", List.of("WATER_METER")));
    }

    @Test
    void aPartyWithAnOpenInspectionIsLeftOutWholeWithItsInspection() {
        Candidate busy = new Candidate(5, "SC", "HIGH", List.of("SC"), List.of("TAXIMETER"), false);

        Eligibility.Outcome outcome = Eligibility.of(List.of(busy), Map.of(5L, 77L), Map.of());

        assertThat(outcome.eligible()).isEmpty();
        assertThat(outcome.exclusions()).containsExactly(PartyExclusion.openInspection(5, 77));
    }

    @Test
    void theLinesDrawnForARecognisedShareAreTheCategoriesLeftInTheOtherShares() {
        Candidate party = new Candidate(3, "SC", "LOW", List.of("CQ", "SC"), List.of("TAXIMETER", "WATER_METER"), false);

        Eligibility.Outcome outcome = Eligibility.of(List.of(party), Map.of(), Map.of("CQ",
                Map.of(3L, Set.of("TAXIMETER", "WATER_METER")), "SC", Map.of(3L, Set.of("TAXIMETER"))));

        assertThat(outcome.eligible()).singleElement().satisfies(eligible -> {
            assertThat(eligible.shares()).containsExactly("SC");
            assertThat(eligible.categories()).containsExactly("WATER_METER");
        });
    }

    @Test
    void thePoolTakesQualifiedInspectorsCertifiedOnTheFirstPlannedDayAndListsTheOthers() {
        List<StaffMember> staff = List.of(inspector(1, Set.of("TAXIMETER")), inspector(2, Set.of("TAXIMETER")),
                inspector(3, Set.of("TAXIMETER")), inspector(4, Set.of("GAS_METER")), inspector(5, Set.of("TAXIMETER")));
        Map<Long, LocalDate> certificates = Map.of(1L, FIRST_DAY, 3L, FIRST_DAY.minusDays(1), 4L, FIRST_DAY.plusYears(1),
                5L, FIRST_DAY.plusYears(1));

        InspectorPool.Outcome outcome = InspectorPool.of(staff, certificates, List.of("TAXIMETER"), FIRST_DAY);

        assertThat(outcome.pool()).extracting(PoolInspector::inspectorId).containsExactly(1L, 5L);
        assertThat(outcome.exclusions()).containsExactly(new PoolExclusion(2, PoolExclusion.Reason.CERTIFICATE_MISSING),
                new PoolExclusion(3, PoolExclusion.Reason.CERTIFICATE_EXPIRED));
    }

    @Test
    void capacityCountsEachInspectorsLoadCapOnTheDaysTheirCertificateCovers() {
        DrawParameters parameters = new DrawParameters(6, null, Map.of(), 2, 3, false, List.of("SC"));
        List<LocalDate> days = List.of(FIRST_DAY, FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(2));
        List<PoolInspector> pool = List.of(pool(1, "SC", FIRST_DAY.plusYears(1)), pool(2, "SC", FIRST_DAY),
                pool(3, "SC", FIRST_DAY.plusYears(1)));

        CampaignCapacity capacity = CapacityEstimate.of(parameters, List.of("LOW", "LOW", "LOW", "LOW", "LOW",
                "LOW", "LOW"), pool, 1, days);

        assertThat(capacity.partiesToDraw()).isEqualTo(6);
        assertThat(capacity.staffableTeams()).as("(3 + 2 + 3) slots / 2 per team").isEqualTo(4);
        assertThat(capacity.shortfall()).isEqualTo(2);
        assertThat(capacity.inspectorsLeftOut()).isEqualTo(1);
    }

    @Test
    void aJointCampaignStaffsNoMoreTeamsThanItsSmallestProvinceHasSlots() {
        DrawParameters parameters = new DrawParameters(4, null, Map.of("HIGH", 5), 2, 1, true, List.of("CQ", "SC"));
        List<PoolInspector> pool = List.of(pool(1, "SC", FIRST_DAY), pool(2, "SC", FIRST_DAY), pool(3, "SC", FIRST_DAY),
                pool(4, "CQ", FIRST_DAY));

        CampaignCapacity capacity = CapacityEstimate.of(parameters, List.of("HIGH", "HIGH", "HIGH", "HIGH", "HIGH",
                "LOW"), pool, 0, List.of(FIRST_DAY));

        assertThat(capacity.partiesToDraw()).as("the minimum asks for more than the count").isEqualTo(5);
        assertThat(capacity.staffableTeams()).isEqualTo(1);
    }

    @Test
    void eachSupervisorCommitsAndRevealsOnlyTheirOwnProvincesSecretAndNobodyTheServers() {
        Campaign joint = campaign(Set.of("CQ", "SC"), true);

        assertThat(CeremonyRules.commitRefusal(joint, Contributor.SUPERVISOR_SC, Role.SUPERVISOR, "SC")).isEmpty();
        assertThat(CeremonyRules.commitRefusal(joint, Contributor.SUPERVISOR_CQ, Role.SUPERVISOR, "SC")).isPresent();
        assertThat(CeremonyRules.commitRefusal(joint, Contributor.SUPERVISOR_SC, Role.ADMIN, null)).isPresent();
        assertThat(CeremonyRules.commitRefusal(joint, Contributor.BEACON, Role.SUPERVISOR, "SC"))
                .as("whoever opens a joint campaign names its beacon: an administrator").isPresent();
        assertThat(CeremonyRules.revealRefusal(joint, Contributor.BEACON, Role.SUPERVISOR, "CQ")).isEmpty();
        assertThat(CeremonyRules.revealRefusal(joint, Contributor.SERVER, Role.ADMIN, null)).isPresent();
        assertThat(CeremonyRules.commitRefusal(campaign(Set.of("SC"), false), Contributor.SUPERVISOR_CQ,
                Role.SUPERVISOR, "CQ")).isPresent();
    }

    @Test
    void aSecretIsRevealedBeforeThePublicValueIsDueAndThePublicValueAfterEverySecret() {
        Instant due = Instant.parse("2027-03-02T13:30:00Z");
        DrawContribution beacon = new DrawContribution(Contributor.BEACON, "b".repeat(64), due.minusSeconds(86_400),
                "双色球 2027024", due, null, null);
        DrawContribution secret = new DrawContribution(Contributor.SUPERVISOR_SC,
                SeedCeremony.commitment(9, Contributor.SUPERVISOR_SC, "dice 1 2 3 4 5 6 6 5"), due.minusSeconds(86_400),
                null, null, null, null);
        Map<Contributor, DrawContribution> all = Map.of(Contributor.BEACON, beacon, Contributor.SUPERVISOR_SC, secret);

        assertThat(RevealRules.refusal(Contributor.BEACON, beacon, all, due.minusSeconds(60))).isPresent();
        assertThat(RevealRules.refusal(Contributor.SUPERVISOR_SC, secret, all, due.minusSeconds(60))).isEmpty();
        assertThat(RevealRules.refusal(Contributor.SUPERVISOR_SC, secret, all, due)).hasValueSatisfying(reason ->
                assertThat(reason.code()).isEqualTo("problem.draw.secretTooLate"));
        assertThat(RevealRules.matches(9, secret, "dice 1 2 3 4 5 6 6 5")).isTrue();
        assertThat(RevealRules.matches(9, secret, "dice 1 2 3 4 5 6 6 4")).isFalse();
    }

    private static StaffMember inspector(long id, Set<String> qualifications) {
        return new StaffMember(id, "T" + id, StaffRole.INSPECTOR, "检查员", null, "SC", null, true, qualifications,
                Set.of());
    }

    private static PoolInspector pool(long id, String province, LocalDate validUntil) {
        return new PoolInspector(id, province, List.of("TAXIMETER"), validUntil);
    }

    private static Campaign campaign(Set<String> provinces, boolean joint) {
        return new Campaign(1, "计划", PartyKind.AUTHORISED_BODY, List.of("TAXIMETER"), List.copyOf(provinces), joint, 3,
                null, Map.of(), 2, 10, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), FIRST_DAY,
                FIRST_DAY.plusDays(30), null, null, null, CampaignStatus.PLANNED, "creator", null, null, 0);
    }
}
