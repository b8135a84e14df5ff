package cn.chuanyu.metrology.inspection.policies;

import cn.chuanyu.metrology.kernel.Wording;
import cn.chuanyu.metrology.registry.Credential.Kind;
import cn.chuanyu.metrology.registry.Credential;
import cn.chuanyu.metrology.registry.PartyCredentials;
import cn.chuanyu.metrology.registry.PartyKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FindingPoliciesTests {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @Test
    void anExpiredCertificateOfABodyIsAMajorFindingOfWorkingOutsideTheAuthorisation() {
        List<ProposedFinding> proposed = new ExpiredCertificatePolicy().propose(
                body(new Credential(Kind.CERTIFICATE, "川计授 2021-07", null, DAY.minusDays(1))), DAY);

        assertThat(proposed).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("expired-certificate:川计授 2021-07");
            assertThat(finding.checklistItem()).isEqualTo("AB-WK-01");
            assertThat(finding.severity()).isEqualTo("MAJOR");
            assertThat(Wording.english(finding.description()))
                    .isEqualTo("Authorisation certificate 川计授 2021-07 expired on 2027-03-14; it is not valid on the "
                            + "inspection day");
        });
    }

    @Test
    void aCertificateIsStillValidOnItsLastDay() {
        assertThat(new ExpiredCertificatePolicy().propose(
                body(new Credential(Kind.CERTIFICATE, "C", null, DAY)), DAY)).isEmpty();
    }

    @Test
    void eachExpiredStandardIsItsOwnFindingAgainstTraceability() {
        List<ProposedFinding> proposed = new ExpiredStandardPolicy().propose(body(
                new Credential(Kind.STANDARD, "S-1", null, DAY.minusYears(1)),
                new Credential(Kind.STANDARD, "S-2", null, DAY.plusDays(1)),
                new Credential(Kind.STANDARD, "S-3", null, DAY.minusDays(1))), DAY);

        assertThat(proposed).extracting(ProposedFinding::key)
                .containsExactly("expired-standard:S-1", "expired-standard:S-3");
        assertThat(proposed).extracting(ProposedFinding::checklistItem).containsOnly("AB-TC-02");
    }

    @Test
    void aMakerGetsNoProposalFromTheBodyPolicies() {
        InspectedParty maker = new InspectedParty(1, PartyKind.INSTRUMENT_MAKER, new PartyCredentials(1,
                List.of(new Credential(Kind.CERTIFICATE, "C", null, DAY.minusDays(9))), Set.of()));

        assertThat(FindingPolicies.propose(FindingPolicies.ALL, maker, DAY)).isEmpty();
    }

    @Test
    void theListRunsEveryPolicy() {
        InspectedParty party = body(new Credential(Kind.CERTIFICATE, "C", null, DAY.minusDays(1)),
                new Credential(Kind.STANDARD, "S", null, DAY.minusDays(1)));

        assertThat(FindingPolicies.propose(FindingPolicies.ALL, party, DAY)).extracting(ProposedFinding::policy)
                .containsExactly("expired-certificate", "expired-standard");
    }

    private static InspectedParty body(Credential... credentials) {
        return new InspectedParty(1, PartyKind.AUTHORISED_BODY, new PartyCredentials(1, List.of(credentials),
                Set.of("WATER_METER")));
    }
}
