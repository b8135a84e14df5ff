package cn.chuanyu.metrology.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the fixed-load lifecycle scenario, a sample per repetition for the application and the bare
 * engine: rate, completion p95, the cost of one lifecycle (CPU, transactions, WAL) and the latency of the two
 * asynchronous steps a user waits for.
 */
final class LifecycleFigures {

    /** One side's samples (the application's or the bare engine's), a list per figure, one entry per repetition. */
    private static final class Side {

        final List<Double> rates = new ArrayList<>();
        final List<Double> p95 = new ArrayList<>();
        final List<Double> serverCpu = new ArrayList<>();
        final List<Double> postgresCpu = new ArrayList<>();
        final List<Double> commits = new ArrayList<>();
        final List<Double> writes = new ArrayList<>();
        final List<Double> wal = new ArrayList<>();
        final List<Double> orderP50 = new ArrayList<>();
        final List<Double> orderP95 = new ArrayList<>();
        final List<Double> verifyP50 = new ArrayList<>();
        final List<Double> verifyP95 = new ArrayList<>();

        void add(HttpLifecycles.Result result, CostWindow.Cost cost, List<Double> approvalToNextStep) {
            int n = result.lifecycles();
            rates.add(result.perSecond());
            p95.add(Samples.percentile(result.completionMillis(), 95));
            serverCpu.add(cost.serverCpuPer(n) * 1000);
            postgresCpu.add(cost.postgresCpuPer(n) * 1000);
            commits.add(cost.commitsPer(n));
            writes.add(cost.writingTransactionsPer(n));
            wal.add(cost.walKibPer(n));
            orderP50.add(Samples.median(approvalToNextStep));
            orderP95.add(Samples.percentile(approvalToNextStep, 95));
            verifyP50.add(Samples.median(result.handInToVerifyMillis()));
            verifyP95.add(Samples.percentile(result.handInToVerifyMillis(), 95));
        }
    }

    private final double signInMillis;
    private final Side ours = new Side();
    private final Side base = new Side();
    private final List<Double> clientCpu = new ArrayList<>();
    private final List<Double> jitCpu = new ArrayList<>();
    private final List<Double> gcCpu = new ArrayList<>();

    LifecycleFigures(double signInMillis) {
        this.signInMillis = signInMillis;
    }

    /** A repetition of the application: its side's figures plus the CPU of the clients, the JIT and the GC. */
    void ours(HttpLifecycles.Result result, CostWindow.Cost cost, List<Double> approvalToOrderSent) {
        ours.add(result, cost, approvalToOrderSent);
        int n = result.lifecycles();
        clientCpu.add(cost.cpu().clients() / n * 1000);
        jitCpu.add(cost.cpu().jit() / n * 1000);
        gcCpu.add(cost.cpu().gc() / n * 1000);
    }

    void baseline(HttpLifecycles.Result result, CostWindow.Cost cost, List<Double> approvalToWait) {
        base.add(result, cost, approvalToWait);
    }

    void report(Report report, Sizes sizes) {
        String load = sizes.clients() + " clients x " + sizes.lifecyclesPerClient() + " lifecycles";
        String scenario = "3 lifecycles";
        report.add(new Figure(scenario, "whole lifecycles over HTTP at a fixed load", "lifecycles/s", ours.rates,
                base.rates, null, null, load + "; the peak is in the saturation table"));
        report.add(new Figure(scenario, "p95 of a task completion", "ms", ours.p95, base.p95, "< 150 ms",
                Samples.median(ours.p95) < 150, "on-site with 3 findings, review, verify; " + load));
        report.add(new Figure(scenario, "sign-in (first call with HTTP Basic, BCrypt), median", "ms",
                List.of(signInMillis), null, null, null, "once per user and session, before the clock starts"));
        String cost = "cost per lifecycle";
        report.add(new Figure(cost, "JVM CPU per lifecycle, without the clients' threads", "ms", ours.serverCpu,
                base.serverCpu, null, null, "/proc/self/stat minus the HTTP client threads (ThreadMXBean); "
                + "serves: peak throughput"));
        report.add(new Figure(cost, "CPU of the benchmark's HTTP clients per lifecycle", "ms", clientCpu, null,
                null, null, "what playing the users cost, left out of the row above"));
        report.add(new Figure(cost, "of the JVM's: JIT compiler threads per lifecycle", "ms", jitCpu, null, null, null,
                "C1/C2 compiler threads (/proc/self/task): a JVM that is still warming up"));
        report.add(new Figure(cost, "of the JVM's: garbage collector threads per lifecycle", "ms", gcCpu, null, null,
                null, "GC/G1 threads (/proc/self/task)"));
        report.add(new Figure(cost, "PostgreSQL CPU per lifecycle", "ms", ours.postgresCpu, base.postgresCpu, null,
                null, "postmaster and its children, /proc; serves: peak throughput"));
        report.add(new Figure(cost, "committed transactions per lifecycle", "tx", ours.commits, base.commits,
                "<= 1.5 x baseline", Samples.median(ours.commits) <= 1.5 * Samples.median(base.commits),
                "pg_stat_database.xact_commit, reads and the clients' polls included, the benchmark's own polls "
                        + "taken off"));
        report.add(new Figure(cost, "writing transactions per lifecycle", "tx", ours.writes, base.writes, null, null,
                "transaction ids handed out (only a writing transaction gets one); independent of polling"));
        report.add(new Figure(cost, "WAL per lifecycle", "KiB", ours.wal, base.wal, null, null,
                "pg_current_wal_lsn() difference; serves: commit latency"));
        String async = "async steps";
        report.add(new Figure(async, "approval answered -> rectification order accepted by SMTP, p50", "ms",
                ours.orderP50, base.orderP50, null, null,
                load + "; baseline: approval -> process waits for the hand-in"));
        report.add(new Figure(async, "approval answered -> rectification order accepted by SMTP, p95", "ms",
                ours.orderP95, base.orderP95, "< 2000 ms", Samples.median(ours.orderP95) < 2000, load));
        report.add(new Figure(async, "hand-in answered -> verify task in the inspector's list, p50", "ms",
                ours.verifyP50, base.verifyP50, null, null, load + "; the client polls its list"));
        report.add(new Figure(async, "hand-in answered -> verify task in the inspector's list, p95", "ms",
                ours.verifyP95, base.verifyP95, null, null, load));
    }
}
