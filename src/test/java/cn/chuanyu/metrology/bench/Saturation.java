package cn.chuanyu.metrology.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The saturation ramp: the same whole lifecycles with 8, 16, 32 ... clients, each step measured for
 * {@code stepSeconds} from the moment every client has signed in, for the application and for the bare engine
 * alike, until a side's throughput stops rising (a step below 105 % of its best so far). Beside each step: the
 * machine's busy share and the cores the JVM and PostgreSQL kept busy, so a plateau can be told from waiting.
 */
final class Saturation {

    private static final int FIRST_STEP = 8;
    private static final double RISE = 1.05;

    /** One measured step. */
    record Step(int clients, int lifecycles, double perSecond, double completionP95, CpuMeter.Use cpu) {
    }

    private final Sizes sizes;
    private final Report report;
    private final Register register;
    private final CpuMeter meter;
    private final BaselineEngine baseline;
    private final Runnable awaitOursDrained;

    Saturation(Sizes sizes, Report report, Register register, CpuMeter meter, BaselineEngine baseline,
               Runnable awaitOursDrained) {
        this.sizes = sizes;
        this.report = report;
        this.register = register;
        this.meter = meter;
        this.baseline = baseline;
        this.awaitOursDrained = awaitOursDrained;
    }

    void run(HttpLifecycles ours) throws Exception {
        List<HttpLifecycles.Client> all = BenchmarkSuite.clients(register, sizes.maxClients(), "ramp");
        List<HttpLifecycles.SignedIn> signedIn = ours.signIn(all, new ArrayList<>());
        Duration step = Duration.ofSeconds(sizes.stepSeconds());
        List<Step> ourSteps = new ArrayList<>();
        List<Step> baseSteps = new ArrayList<>();
        for (int clients = FIRST_STEP; clients <= sizes.maxClients(); clients *= 2) {
            if (rising(ourSteps)) {
                HttpLifecycles.Result result = ours.run(signedIn.subList(0, clients), Integer.MAX_VALUE, step, meter);
                CpuMeter.Use cpu = meter.read().since(result.startReading());
                ourSteps.add(step(clients, result, cpu));
                awaitOursDrained.run();
            }
            if (rising(baseSteps)) {
                CpuMeter.Reading start = meter.read();
                HttpLifecycles.Result result = baseline.lifecycles(clients, Integer.MAX_VALUE, step);
                CpuMeter.Use cpu = meter.read().since(start);
                baseSteps.add(step(clients, result, cpu));
                baseline.drain();
            }
        }
        report.section("Saturation: lifecycles per second as clients rise (" + sizes.stepSeconds() + " s a step)",
                table(ourSteps, baseSteps));
        double peak = peak(ourSteps);
        double basePeak = peak(baseSteps);
        report.add(new Figure("3 saturation", "peak whole lifecycles over HTTP", "lifecycles/s", List.of(peak),
                List.of(basePeak), ">= 50 % of baseline's peak", peak >= 0.5 * basePeak,
                "best step of the ramp; baseline: bare engine, Java API, same PostgreSQL"));
    }

    private static Step step(int clients, HttpLifecycles.Result result, CpuMeter.Use cpu) {
        return new Step(clients, result.lifecycles(), result.perSecond(),
                Samples.percentile(result.completionMillis(), 95), cpu);
    }

    /** Whether to measure another step: none yet, or the last one was at least 5 % above the best before it. */
    static boolean rising(List<Step> steps) {
        if (steps.size() < 2) {
            return true;
        }
        double last = steps.get(steps.size() - 1).perSecond();
        double best = steps.subList(0, steps.size() - 1).stream().mapToDouble(Step::perSecond).max().orElse(0);
        return last >= RISE * best;
    }

    private static double peak(List<Step> steps) {
        return steps.stream().mapToDouble(Step::perSecond).max().orElse(Double.NaN);
    }

    private static String table(List<Step> ours, List<Step> base) {
        StringBuilder md = new StringBuilder("| side | clients | lifecycles | lifecycles/s | completion p95 ms | "
                + "machine busy | JVM cores | PostgreSQL cores | JVM CPU ms per lifecycle | PostgreSQL CPU ms per "
                + "lifecycle |\n|---|---|---|---|---|---|---|---|---|---|\n");
        ours.forEach(s -> md.append(row("application (HTTP)", s, s.cpu().server())));
        base.forEach(s -> md.append(row("bare engine (Java API)", s, s.cpu().jvm())));
        md.append("\nJVM cores of the application are the JVM's, clients included; its CPU per lifecycle leaves the "
                + "clients' threads out.\n");
        return md.toString();
    }

    private static String row(String side, Step s, double jvmSeconds) {
        int n = Math.max(1, s.lifecycles());
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.0f | %.0f %% | %.2f | %.2f | %.0f | %.0f |%n",
                side, s.clients(), s.lifecycles(), s.perSecond(), s.completionP95(),
                s.cpu().machineBusyShare() * 100, s.cpu().jvmCores(), s.cpu().postgresCores(),
                jvmSeconds / n * 1000, s.cpu().postgres() / n * 1000);
    }
}
