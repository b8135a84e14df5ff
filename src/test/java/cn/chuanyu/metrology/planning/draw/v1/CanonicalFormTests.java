package cn.chuanyu.metrology.planning.draw.v1;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTests {

    @Test
    void registerBytesAreOneSortedLinePerParty() {
        List<RegisterEntry> register = List.of(
                new RegisterEntry(12, "SC", "HIGH", 7, List.of("WATER_METER", "FUEL_DISPENSER"), List.of(5L, 3L),
                        List.of(9L)),
                new RegisterEntry(3, "CQ", "LOW", 1, List.of("TAXIMETER"), List.of(), List.of()));
        DrawInputs inputs = new DrawInputs(Draw.ALGORITHM_VERSION, "s", parameters(), register, List.of());

        assertThat(new String(CanonicalForm.register(inputs.register()), StandardCharsets.UTF_8)).isEqualTo("""
                3;CQ;LOW;1;TAXIMETER;;
                12;SC;HIGH;7;FUEL_DISPENSER,WATER_METER;3,5;9
                """);
        assertThat(new String(CanonicalForm.publicRegister(inputs.register()), StandardCharsets.UTF_8)).isEqualTo("""
                3;CQ;LOW;1;TAXIMETER
                12;SC;HIGH;7;FUEL_DISPENSER,WATER_METER
                """);
    }

    @Test
    void inputBytesNameEveryParameterInAFixedOrder() {
        DrawInputs inputs = new DrawInputs(Draw.ALGORITHM_VERSION, "种子", parameters(), List.of(),
                List.of(new InspectorEntry(4, "SC", List.of("TAXIMETER"))));

        assertThat(new String(CanonicalForm.inspectors(inputs.inspectors()), StandardCharsets.UTF_8))
                .isEqualTo("4;SC;TAXIMETER\n");
        assertThat(new String(CanonicalForm.inputs(inputs), StandardCharsets.UTF_8)).isEqualTo("""
                algorithm=chuanyu-draw/1
                seed=种子
                sampleCount=
                sampleRatio=0.05
                minimum.LOW=0
                minimum.MEDIUM=0
                minimum.HIGH=2
                teamSize=2
                loadCap=20
                joint=true
                provinces=CQ,SC
                register=%s
                inspectors=%s
                """.formatted(CanonicalForm.sha256Hex(new byte[0]), inputs.inspectorsSha256()));
    }

    private static DrawParameters parameters() {
        return new DrawParameters(null, new BigDecimal("0.050"), Map.of("HIGH", 2), 2, 20, true, List.of("SC", "CQ"));
    }
}
