package cn.chuanyu.metrology.planning.draw;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures a chuanyu-draw/2 draw with teams over 100,000 parties and 500 inspectors, by hand
 * ({@code java -cp target/classes:target/test-classes cn.chuanyu.metrology.planning.draw.DrawBenchmark}) or as
 * scenario 1 of the benchmark suite ({@code cn.chuanyu.metrology.bench.BenchmarkSuite}).
 */
public final class DrawBenchmark {

    private static final List<String> CATEGORIES = List.of("FUEL_DISPENSER", "WATER_METER", "GAS_METER",
            "ELECTRICITY_METER", "TAXIMETER", "BLOOD_PRESSURE_METER", "CEMS");

    private DrawBenchmark() {
    }

    public static void main(String[] args) {
        long[] millis = measure(100_000, 500, 7, true);
        long[] measured = Arrays.copyOfRange(millis, 2, 7);
        Arrays.sort(measured);
        System.out.printf("median of 5 after 2 warm-up runs: %d ms %s%n", measured[2], Arrays.toString(measured));
    }

    /** Runs the draw {@code runs} times over a generated register and returns each run's wall time in ms. */
    public static long[] measure(int parties, int inspectors, int runs, boolean print) {
        FrozenInputs inputs = inputs(new Random(20270101), parties, inspectors);
        String seed = SeedCeremony.seed(0, inputs.frozenSha256(), Map.of(Contributor.SERVER, "0".repeat(64),
                Contributor.BEACON, "benchmark"));
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] millis = new long[runs];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            DrawResult result = Draw.run(inputs, seed);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            if (print) {
                System.out.printf("run %d: %d ms wall, %d ms CPU, %d drawn, %d without team, %d passed over%n", run,
                        millis[run], (os.getProcessCpuTime() - cpuStart) / 1_000_000, result.selection().size(),
                        result.withoutTeam(), result.selection().stream().mapToInt(d -> d.excluded().size()).sum());
            }
        }
        return millis;
    }

    private static FrozenInputs inputs(Random random, int parties, int inspectors) {
        List<PoolInspector> pool = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            // one certificate in twenty ends during the window; the others run for years
            pool.add(new PoolInspector(1_000_000 + i, "SC", pick(random, 5), random.nextInt(20) == 0
                    ? LocalDate.of(2027, 1, 4).plusDays(random.nextInt(56)) : LocalDate.of(2030, 12, 31)));
        }
        List<RegisterLine> register = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            List<Long> conflicts = random.nextInt(50) == 0
                    ? List.of(1_000_000L + random.nextInt(inspectors)) : List.of();
            List<Long> previous = random.nextInt(3) == 0
                    ? List.of(1_000_000L + random.nextInt(inspectors), 1_000_000L + random.nextInt(inspectors))
                    : List.of();
            register.add(new RegisterLine(i + 1, i % 2 == 0 ? "SC" : "CQ", List.of("SC"),
                    List.of("LOW", "MEDIUM", "HIGH").get(i % 3), 1 + random.nextInt(8), pick(random, 1), previous,
                    conflicts));
        }
        DrawParameters parameters = new DrawParameters(null, new BigDecimal("0.05"), Map.of("HIGH", 2000), 2, 30,
                false, List.of("SC"));
        List<LocalDate> days = LocalDate.of(2027, 1, 4).datesUntil(LocalDate.of(2027, 3, 1))
                .filter(day -> day.getDayOfWeek().getValue() < 6).toList();
        return new FrozenInputs(0, parameters, days, register, pool, List.of(), List.of());
    }

    private static List<String> pick(Random random, int count) {
        List<String> shuffled = new ArrayList<>(CATEGORIES);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count).stream().sorted().toList();
    }
}
