package cn.chuanyu.metrology.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExemptionsTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    @Test
    void aPartyExemptInACampaignProvinceIsLeftOutWithTheReason() {
        RecognitionExemptions recognition = (province, categories, on) ->
                province.equals("CQ") && categories.contains("TAXIMETER") && on.equals(TODAY) ? Set.of(7L, 99L) : Set.of();

        List<PartyExclusion> excluded = Exemptions.among(List.of(3L, 7L, 11L), recognition, List.of("CQ", "SC"),
                Set.of("TAXIMETER"), TODAY);

        assertThat(excluded).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.partyId()).as("99 was never a candidate").isEqualTo(7L);
            assertThat(exclusion.reason()).startsWith("RECOGNITION_EXEMPT").contains("CQ");
        });
        assertThat(Exemptions.source(recognition)).isEqualTo("recognition");
    }

    @Test
    void withoutARecognitionModuleNobodyIsExemptAndTheRecordSaysSo() {
        assertThat(Exemptions.among(List.of(3L, 7L), null, List.of("SC"), Set.of("TAXIMETER"), TODAY)).isEmpty();
        assertThat(Exemptions.source(null)).startsWith("none");
    }
}
