package cn.chuanyu.metrology.planning.draw;

import cn.chuanyu.metrology.planning.outside.IndependentDrawCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published test vector ({@code src/test/resources/draw/chuanyu-draw-2-vector.json}, named in the README): small
 * frozen inputs with their contributions and the exact seed, hashes and result they give. If the algorithm drifts,
 * these fail.
 */
class DrawVectorTests {

    static final String VECTOR = "/draw/chuanyu-draw-2-vector.json";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theDrawGivesExactlyThePublishedSeedHashesAndResultOfEveryCase() throws IOException {
        JsonNode cases = vector().path("cases");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode vectorCase : cases) {
            FrozenInputs frozen = json.treeToValue(vectorCase.path("frozen"), FrozenInputs.class);
            long campaign = vectorCase.path("campaignId").asLong();
            Map<Contributor, String> reveals = new EnumMap<>(Contributor.class);
            for (JsonNode contribution : vectorCase.path("contributions")) {
                Contributor contributor = Contributor.valueOf(contribution.path("contributor").asText());
                String value = contribution.path("value").asText();
                String commitment = contributor == Contributor.BEACON
                        ? SeedCeremony.beaconCommitment(campaign, contribution.path("beaconSource").asText(),
                        java.time.Instant.parse(contribution.path("beaconDueAt").asText()))
                        : SeedCeremony.commitment(campaign, contributor, value);
                assertThat(commitment).as("commitment of " + contributor)
                        .isEqualTo(contribution.path("commitmentSha256").asText());
                reveals.put(contributor, value);
            }
            String seed = SeedCeremony.seed(campaign, frozen.frozenSha256(), reveals);
            DrawResult result = Draw.run(frozen, seed);

            String name = vectorCase.path("description").asText();
            assertThat(seed).as(name).isEqualTo(vectorCase.path("seed").asText());
            JsonNode hashes = vectorCase.path("hashes");
            assertThat(frozen.registerSha256()).as(name).isEqualTo(hashes.path("register").asText());
            assertThat(frozen.inspectorsSha256()).as(name).isEqualTo(hashes.path("inspectors").asText());
            assertThat(frozen.partyExclusionsSha256()).as(name).isEqualTo(hashes.path("partyExclusions").asText());
            assertThat(frozen.inspectorExclusionsSha256()).as(name)
                    .isEqualTo(hashes.path("inspectorExclusions").asText());
            assertThat(frozen.frozenSha256()).as(name).isEqualTo(hashes.path("frozen").asText());
            assertThat(SeedCeremony.inputsSha256(frozen.frozenSha256(), seed)).as(name)
                    .isEqualTo(hashes.path("inputs").asText());
            assertThat(result.resultSha256()).as(name).isEqualTo(hashes.path("result").asText());
            assertThat(json.writeValueAsString(result)).as(name)
                    .isEqualTo(json.writeValueAsString(vectorCase.path("result")));
        }
    }

    @Test
    void anOutsideReimplementationFromTheReadmeAgreesWithEveryCase() throws IOException {
        for (JsonNode vectorCase : vector().path("cases")) {
            assertThat(IndependentDrawCheck.mismatches(vectorCase)).as(vectorCase.path("description").asText())
                    .isEmpty();
        }
    }

    @Test
    void theOutsideCheckNoticesALateCommitmentAMovedTeamMemberAChangedRevealAndAChangedWeight() throws IOException {
        JsonNode original = vector().path("cases").get(0);

        ObjectNode swapped = original.deepCopy();
        ObjectNode firstParty = (ObjectNode) swapped.path("result").path("selection").get(0);
        long first = firstParty.path("team").get(0).asLong();
        long second = firstParty.path("team").get(1).asLong();
        firstParty.putArray("team").add(second).add(first);
        ObjectNode changedReveal = original.deepCopy();
        ((ObjectNode) changedReveal.path("contributions").get(0)).put("value", "03 11 17 24 29 34 + 08");
        ObjectNode heavier = original.deepCopy();
        ((ObjectNode) heavier.path("frozen").path("register").get(0)).put("weight", 99);

        ObjectNode committedLate = original.deepCopy();
        committedLate.put("frozenAt", "2027-03-01T01:00:00Z");
        committedLate.path("contributions").forEach(c -> ((ObjectNode) c).put("committedAt", "2027-03-01T00:00:00Z"));
        ((ObjectNode) committedLate.path("contributions").get(1)).put("committedAt", "2027-03-01T02:00:00Z");

        assertThat(IndependentDrawCheck.mismatches(committedLate)).singleElement()
                .satisfies(m -> assertThat(m).contains("not before the freeze"));
        assertThat(IndependentDrawCheck.mismatches(swapped)).anySatisfy(m -> assertThat(m).startsWith("result"));
        assertThat(IndependentDrawCheck.mismatches(changedReveal)).anySatisfy(m -> assertThat(m).startsWith("seed"));
        assertThat(IndependentDrawCheck.mismatches(heavier)).anySatisfy(m -> assertThat(m).startsWith("hashes.register"));
    }

    private JsonNode vector() throws IOException {
        try (InputStream in = DrawVectorTests.class.getResourceAsStream(VECTOR)) {
            return json.readTree(in);
        }
    }
}
