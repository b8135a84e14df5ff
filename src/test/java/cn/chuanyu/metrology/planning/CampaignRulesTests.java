package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignRulesTests {

    private static final Set<String> CATEGORIES = Set.of("FUEL_DISPENSER", "WATER_METER");

    @Test
    void aSupervisorPlansTheirOwnProvinceOnly() {
        assertThat(CampaignRules.refusal(campaign(Set.of("SC"), false), Role.SUPERVISOR, "SC")).isEmpty();
        assertThat(CampaignRules.refusal(campaign(Set.of("SC"), false), Role.SUPERVISOR, "CQ"))
                .hasValueSatisfying(reason -> assertThat(reason.code()).isEqualTo("problem.campaign.ownProvince"));
    }

    @Test
    void onlyAnAdministratorPlansAJointCampaign() {
        assertThat(CampaignRules.refusal(campaign(Set.of("SC", "CQ"), true), Role.SUPERVISOR, "SC"))
                .hasValueSatisfying(reason -> assertThat(reason.code()).isEqualTo("problem.campaign.jointByAdmin"));
        assertThat(CampaignRules.refusal(campaign(Set.of("SC", "CQ"), true), Role.ADMIN, null)).isEmpty();
    }

    @Test
    void inspectorsDoNotPlan() {
        assertThat(CampaignRules.refusal(campaign(Set.of("SC"), false), Role.INSPECTOR, "SC")).isPresent();
    }

    @Test
    void fieldsThatContradictEachOtherAreNamed() {
        NewCampaign campaign = new NewCampaign("计划", PartyKind.INSTRUMENT_MAKER, Set.of("UNKNOWN"), Set.of("SC"), true,
                5, new BigDecimal("0.1"), Map.of("EXTREME", 1), 2, 10, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), "seed", null, "every week");

        assertThat(CampaignRules.check(campaign, CATEGORIES)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "sampleCount", "periodEnd", "windowEnd", "categories", "provinces", "minimumPerRiskClass",
                "recurrence");
    }

    @Test
    void aCampaignNeedsItsSeedOrTheNameOfThePublicValueItComesFrom() {
        NewCampaign noSeed = new NewCampaign("计划", PartyKind.AUTHORISED_BODY, Set.of("FUEL_DISPENSER"), Set.of("SC"),
                false, 3, null, Map.of(), null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 28), null, null, null);

        assertThat(CampaignRules.check(noSeed, CATEGORIES)).extracting(FieldProblem::field).containsExactly("seed");
    }

    @Test
    void aValidCampaignPasses() {
        assertThat(CampaignRules.check(campaign(Set.of("SC", "CQ"), true), CATEGORIES)).isEmpty();
    }

    private static NewCampaign campaign(Set<String> provinces, boolean joint) {
        return new NewCampaign("计划", PartyKind.AUTHORISED_BODY, Set.of("FUEL_DISPENSER"), provinces, joint, null,
                new BigDecimal("0.05"), Map.of("HIGH", 2), null, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 28), "seed", null,
                "R/2027-01-01T00:00:00+08:00/P3M");
    }
}
