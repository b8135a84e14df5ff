package cn.chuanyu.metrology.planning.draw.v1;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static cn.chuanyu.metrology.planning.draw.v1.Drawing.count;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.inputs;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.inspectors;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.party;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.ratio;
import static cn.chuanyu.metrology.planning.draw.v1.Drawing.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawTests {

    private static final List<InspectorEntry> POOL = inspectors(10, "SC", 900);

    @Test
    void drawIsReproducibleFromPublishedSeed() {
        DrawInputs inputs = inputs("上证指数 2027-01-04 收盘 3201.45", count(20), register(500, "SC", "LOW", 3, 1), POOL);

        DrawResult first = Draw.run(inputs);
        List<RegisterEntry> shuffled = new ArrayList<>(inputs.register());
        Collections.reverse(shuffled);
        DrawResult second = Draw.run(inputs(inputs.seed(), count(20), shuffled, POOL));

        assertThat(second).isEqualTo(first);
        assertThat(second.differencesFrom(first, 10)).isEmpty();
        assertThat(first.selection()).hasSize(20);
    }

    @Test
    void anotherSeedDrawsOtherParties() {
        List<RegisterEntry> register = register(500, "SC", "LOW", 3, 1);

        DrawResult one = Draw.run(inputs("seed-1", count(20), register, POOL));
        DrawResult other = Draw.run(inputs("seed-2", count(20), register, POOL));

        assertThat(partyIds(other)).isNotEqualTo(partyIds(one));
        assertThat(other.differencesFrom(one, 5)).isNotEmpty();
    }

    @Test
    void aChangedRegisterChangesHashAndSelection() {
        List<RegisterEntry> register = register(50, "SC", "LOW", 1, 1);
        List<RegisterEntry> heavier = new ArrayList<>(register);
        heavier.set(0, party(1, "SC", "LOW", 1000));
        DrawInputs original = inputs("seed", count(5), register, POOL);
        DrawInputs changed = inputs("seed", count(5), heavier, POOL);

        assertThat(changed.registerSha256()).isNotEqualTo(original.registerSha256());
        assertThat(changed.inputsSha256()).isNotEqualTo(original.inputsSha256());
        assertThat(partyIds(Draw.run(changed))).contains(1L).isNotEqualTo(partyIds(Draw.run(original)));
    }

    @Test
    void partyKeyIsLnOfUFromHmacOfSeedAndPartyIdOverWeight() throws Exception {
        String longerThanABlock = "上海证券交易所 2026 年 12 月 31 日上证综合指数收盘点位与深证成份指数收盘点位";
        for (String seed : List.of("公开种子", longerThanABlock)) {
            DrawResult result = Draw.run(inputs(seed, count(1), List.of(party(42, "SC", "HIGH", 4)), POOL));

            assertThat(result.selection().get(0).key()).isEqualTo(StrictMath.log(u(seed, "party:42")) / 4);
        }
    }

    @Test
    void teamsAreRankedByHmacOfSeedPartyAndInspector() throws Exception {
        DrawResult result = Draw.run(inputs("seed", count(1), List.of(party(7, "SC", "LOW", 1)), POOL));

        List<Long> byU = POOL.stream().map(InspectorEntry::inspectorId)
                .sorted(Comparator.comparingDouble((Long id) -> uUnchecked("seed", "team:7:" + id)).reversed())
                .toList();
        assertThat(result.selection().get(0).team()).isEqualTo(byU.subList(0, 2));
    }

    private static double uUnchecked(String seed, String message) {
        try {
            return u(seed, message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documented mapping, written independently of the draw's own code. */
    private static double u(String seed, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        BigInteger digest = new BigInteger(1, mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
        return (digest.shiftRight(256 - 52).doubleValue() + 0.5) / Math.pow(2, 52);
    }

    @Test
    void higherWeightIsDrawnMoreOftenOverManySeeds() {
        List<RegisterEntry> register = new ArrayList<>(register(100, "SC", "LOW", 1, 1));
        register.addAll(register(100, "SC", "HIGH", 4, 1001));
        long light = 0;
        long heavy = 0;
        for (int seed = 0; seed < 400; seed++) {
            for (DrawnParty drawn : Draw.run(inputs("seed-" + seed, count(20), register, POOL)).selection()) {
                if (drawn.weight() == 1) {
                    light++;
                } else {
                    heavy++;
                }
            }
        }
        double heavyShare = heavy / (double) (light + heavy);
        assertThat(heavyShare).isBetween(0.75, 0.90);
        assertThat(light).isPositive();
    }

    @Test
    void sampleRatioRoundsUp() {
        DrawResult result = Draw.run(inputs("seed", ratio("0.1"), register(101, "SC", "LOW", 1, 1), POOL));

        assertThat(result.sampleSize()).isEqualTo(11);
        assertThat(result.selection()).hasSize(11);
    }

    @Test
    void minimumPerRiskClassIsHonouredEvenAgainstTheWeights() {
        List<RegisterEntry> register = new ArrayList<>(register(100, "SC", "LOW", 100, 1));
        register.addAll(register(3, "SC", "HIGH", 1, 500));
        DrawParameters parameters = new DrawParameters(5, null, Map.of("HIGH", 2), 2, 1000, false, List.of("SC"));

        DrawResult result = Draw.run(inputs("seed", parameters, register, POOL));

        assertThat(result.selection()).hasSize(5);
        assertThat(result.selection()).filteredOn(drawn -> drawn.riskClass().equals("HIGH"))
                .hasSize(2).allMatch(DrawnParty::byMinimum);
        assertThat(result.selection()).extracting(DrawnParty::key).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void minimumsLargerThanTheSampleGrowIt() {
        List<RegisterEntry> register = new ArrayList<>(register(10, "SC", "LOW", 1, 1));
        register.addAll(register(10, "SC", "MEDIUM", 1, 100));
        DrawParameters parameters = new DrawParameters(2, null, Map.of("LOW", 2, "MEDIUM", 3), 2, 1000, false,
                List.of("SC"));

        assertThat(Draw.run(inputs("seed", parameters, register, POOL)).selection()).hasSize(5);
    }

    @Test
    void anUnknownAlgorithmVersionIsRefused() {
        DrawInputs inputs = new DrawInputs("chuanyu-draw/0", "seed", count(1), register(1, "SC", "LOW", 1, 1), POOL);

        assertThatThrownBy(() -> Draw.run(inputs)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> partyIds(DrawResult result) {
        return result.selection().stream().map(DrawnParty::partyId).toList();
    }
}
