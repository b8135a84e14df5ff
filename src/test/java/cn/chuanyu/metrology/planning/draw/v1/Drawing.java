package cn.chuanyu.metrology.planning.draw.v1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds draw inputs for the tests. */
final class Drawing {

    private Drawing() {
    }

    static RegisterEntry party(long id, String province, String riskClass, long weight) {
        return new RegisterEntry(id, province, riskClass, weight, List.of("FUEL_DISPENSER"), List.of(), List.of());
    }

    static List<RegisterEntry> register(int size, String province, String riskClass, long weight, long firstId) {
        List<RegisterEntry> register = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            register.add(party(firstId + i, province, riskClass, weight));
        }
        return register;
    }

    static InspectorEntry inspector(long id, String province) {
        return new InspectorEntry(id, province, List.of("FUEL_DISPENSER", "WATER_METER"));
    }

    static List<InspectorEntry> inspectors(int size, String province, long firstId) {
        List<InspectorEntry> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(inspector(firstId + i, province));
        }
        return pool;
    }

    static DrawParameters count(int count) {
        return new DrawParameters(count, null, Map.of(), 2, 1000, false, List.of("SC"));
    }

    static DrawInputs inputs(String seed, DrawParameters parameters, List<RegisterEntry> register,
                             List<InspectorEntry> inspectors) {
        return new DrawInputs(Draw.ALGORITHM_VERSION, seed, parameters, register, inspectors);
    }

    static DrawParameters ratio(String ratio) {
        return new DrawParameters(null, new BigDecimal(ratio), Map.of(), 2, 1000, false, List.of("SC"));
    }
}
