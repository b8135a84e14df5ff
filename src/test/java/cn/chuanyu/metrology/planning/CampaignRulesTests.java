package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignRulesTests {

    private static final Set<String> CATEGORIES = Set.of("FUEL_DISPENSER", "WATER_METER");
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final OffsetDateTime LOTTERY = OffsetDateTime.parse("2027-01-05T21:15:00+08:00");

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
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), "双色球", null, "every week");

        assertThat(CampaignRules.check(campaign, CATEGORIES, NOW, LEAD)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("sampleCount", "periodEnd", "windowEnd", "categories", "provinces",
                        "minimumPerRiskClass", "recurrence", "beaconDueAt");
    }

    @Test
    void aCampaignMayNameItsPublicRandomValueLaterButNeverHalfOfIt() {
        NewCampaign unnamed = single(null, null, null);
        NewCampaign sourceOnly = single("福利彩票双色球 2027003 期", null, null);

        assertThat(CampaignRules.check(unnamed, CATEGORIES, NOW, LEAD)).isEmpty();
        assertThat(CampaignRules.check(sourceOnly, CATEGORIES, NOW, LEAD)).extracting(FieldProblem::field)
                .containsExactly("beaconDueAt");
    }

    @Test
    void thePublicValueIsDueLateEnoughToFreezeTheRegisterFirst() {
        NewCampaign dueSoon = single("福利彩票双色球 2027003 期", NOW.plus(Duration.ofMinutes(5))
                .atOffset(java.time.ZoneOffset.ofHours(8)), null);

        assertThat(CampaignRules.check(dueSoon, CATEGORIES, NOW, LEAD)).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("beaconDueAt"));
        assertThat(CampaignRules.check(single("福利彩票双色球 2027003 期", LOTTERY, null), CATEGORIES, NOW, LEAD)).isEmpty();
    }

    @Test
    void aRecurringCampaignNamesItsPublicValueAtOnceDueAfterTheFirstOccurrence() {
        String recurrence = "R/2027-01-05T00:00:00+08:00/P1M";

        assertThat(CampaignRules.check(single(null, null, recurrence), CATEGORIES, NOW, LEAD))
                .extracting(FieldProblem::field).containsExactly("beaconSource");
        assertThat(CampaignRules.check(single("福彩3D {date} 期", OffsetDateTime.parse("2027-01-04T21:15:00+08:00"),
                recurrence), CATEGORIES, NOW, LEAD)).extracting(FieldProblem::field).containsExactly("beaconDueAt");
        assertThat(CampaignRules.check(single("福彩3D {date} 期", LOTTERY, recurrence), CATEGORIES, NOW, LEAD)).isEmpty();
    }

    @Test
    void aValidCampaignPasses() {
        assertThat(CampaignRules.check(campaign(Set.of("SC", "CQ"), true), CATEGORIES, NOW, LEAD)).isEmpty();
    }

    private static NewCampaign single(String beaconSource, OffsetDateTime dueAt, String recurrence) {
        return new NewCampaign("计划", PartyKind.AUTHORISED_BODY, Set.of("FUEL_DISPENSER"), Set.of("SC"),
                false, 3, null, Map.of(), null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 28), beaconSource, dueAt, recurrence);
    }

    private static NewCampaign campaign(Set<String> provinces, boolean joint) {
        return new NewCampaign("计划", PartyKind.AUTHORISED_BODY, Set.of("FUEL_DISPENSER"), provinces, joint, null,
                new BigDecimal("0.05"), Map.of("HIGH", 2), null, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 28), "福彩3D {date} 期",
                LOTTERY, "R/2027-01-01T00:00:00+08:00/P3M");
    }
}
