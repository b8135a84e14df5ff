package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.ReferenceCodes;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final List<ReferenceData.Region> REGIONS = List.of(
            new ReferenceData.Region("510100", "SC", "成都市", "Chengdu"),
            new ReferenceData.Region("500103", "CQ", "渝中区", "Yuzhong District"));
    private static final List<String> CATEGORIES = List.of("WATER_METER", "GAS_METER", "TAXIMETER", "FUEL_DISPENSER");

    @Test
    void theSameSeedGivesTheSameRegister() {
        RegisterGenerator one = new RegisterGenerator(7, TODAY, REGIONS, CATEGORIES);
        RegisterGenerator two = new RegisterGenerator(7, TODAY, REGIONS, CATEGORIES);

        assertThat(one.party(42, PartyKind.AUTHORISED_BODY)).isEqualTo(two.party(42, PartyKind.AUTHORISED_BODY));
        assertThat(new RegisterGenerator(8, TODAY, REGIONS, CATEGORIES).party(42, PartyKind.AUTHORISED_BODY))
                .isNotEqualTo(one.party(42, PartyKind.AUTHORISED_BODY));
    }

    @Test
    void theDemoStaffAllHaveDifferentNamesWithManySurnames() {
        RegisterGenerator generator = new RegisterGenerator(DemoDataLoader.SEED, TODAY, REGIONS, CATEGORIES);

        List<StaffDraft> staff = IntStream.range(0, FictionalNames.distinctPeople())
                .mapToObj(n -> generator.staff("SC-I-" + n, StaffRole.INSPECTOR, "SC", n, List.of())).toList();

        assertThat(staff).extracting(StaffDraft::nameZh).doesNotHaveDuplicates();
        assertThat(staff).extracting(StaffDraft::nameEn).doesNotHaveDuplicates();
        assertThat(staff.subList(0, 8).stream().map(s -> s.nameZh().substring(0, 1)).distinct()).hasSize(8);
    }

    @Test
    void everyGeneratedPartyFollowsTheRulesAndSomeHaveExpired() {
        RegisterGenerator generator = new RegisterGenerator(7, TODAY, REGIONS, CATEGORIES);
        PartyRules rules = new PartyRules(new ReferenceCodes(Set.copyOf(CATEGORIES), Map.of("510100", "SC", "500103", "CQ")));

        List<PartyDraft> parties = IntStream.range(0, 2_000)
                .mapToObj(n -> generator.party(n, n % 5 == 0 ? PartyKind.AUTHORISED_BODY : PartyKind.INSTRUMENT_MAKER))
                .toList();

        assertThat(parties).allSatisfy(party -> assertThat(rules.check(party)).isEmpty());
        assertThat(parties).allSatisfy(party -> assertThat(party.nameZh()).endsWith("（演示）"));
        assertThat(parties).extracting(PartyDraft::province).containsOnly("SC", "CQ");
        assertThat(parties.stream().flatMap(p -> p.products().stream())
                .anyMatch(p -> p.approvalValidTo().isBefore(TODAY))).isTrue();
        assertThat(parties.stream().flatMap(p -> p.standards().stream())
                .anyMatch(s -> s.calibrationDue().isBefore(TODAY))).isTrue();
        assertThat(parties.stream().filter(p -> p.certificate() != null)
                .anyMatch(p -> p.certificate().validTo().isBefore(TODAY))).isTrue();
    }
}
