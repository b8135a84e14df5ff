package cn.chuanyu.metrology.planning.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures a draw with teams over 100,000 parties and 500 inspectors (run by hand, not a test):
 * {@code java -cp target/classes:target/test-classes cn.chuanyu.metrology.planning.draw.DrawBenchmark}.
 */
public final class DrawBenchmark {

    private static final List<String> CATEGORIES = List.of("FUEL_DISPENSER", "WATER_METER", "GAS_METER",
            "ELECTRICITY_METER", "TAXIMETER", "BLOOD_PRESSURE_METER", "CEMS");

    private DrawBenchmark() {
    }

    public static void main(String[] args) {
        DrawInputs inputs = inputs(new Random(20270101));
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] millis = new long[7];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            DrawResult result = Draw.run(inputs);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d ms wall, %d ms CPU, %d drawn, %d without team, %d exclusions%n", run,
                    millis[run], (os.getProcessCpuTime() - cpuStart) / 1_000_000, result.selection().size(),
                    result.selection().stream().filter(d -> !d.hasTeam()).count(), result.inspectorExclusions().size());
        }
        long[] measured = Arrays.copyOfRange(millis, 2, 7);
        Arrays.sort(measured);
        System.out.printf("median of 5 after 2 warm-up runs: %d ms %s%n", measured[2], Arrays.toString(measured));
    }

    private static DrawInputs inputs(Random random) {
        List<InspectorEntry> pool = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            pool.add(new InspectorEntry(1_000_000 + i, i % 2 == 0 ? "SC" : "CQ", pick(random, 5)));
        }
        List<RegisterEntry> register = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            List<Long> conflicts = random.nextInt(50) == 0 ? List.of(1_000_000L + random.nextInt(500)) : List.of();
            List<Long> previous = random.nextInt(3) == 0
                    ? List.of(1_000_000L + random.nextInt(500), 1_000_000L + random.nextInt(500)) : List.of();
            register.add(new RegisterEntry(i + 1, i % 2 == 0 ? "SC" : "CQ", List.of("LOW", "MEDIUM", "HIGH").get(i % 3),
                    1 + random.nextInt(8), pick(random, 1), previous.stream().distinct().toList(), conflicts));
        }
        DrawParameters parameters = new DrawParameters(null, new BigDecimal("0.05"), Map.of("HIGH", 2000), 2, 30,
                false, List.of("SC", "CQ"));
        return new DrawInputs(Draw.ALGORITHM_VERSION, "benchmark", parameters, register, pool);
    }

    private static List<String> pick(Random random, int count) {
        List<String> shuffled = new ArrayList<>(CATEGORIES);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count).stream().sorted().toList();
    }
}
