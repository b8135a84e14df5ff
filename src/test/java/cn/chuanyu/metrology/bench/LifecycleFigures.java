package cn.chuanyu.metrology.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the fixed-load lifecycle scenario, a sample per repetition for the application and the bare
 * engine: rate, completion p95, the cost of one lifecycle (CPU, transactions, WAL) and the latency of the two
 * asynchronous steps a user waits for.
 */
final class LifecycleFigures {

    private final double signInMillis;
    private final List<Double> rates = new ArrayList<>();
    private final List<Double> baseRates = new ArrayList<>();
    private final List<Double> p95 = new ArrayList<>();
    private final List<Double> baseP95 = new ArrayList<>();
    private final List<Double> serverCpu = new ArrayList<>();
    private final List<Double> baseServerCpu = new ArrayList<>();
    private final List<Double> postgresCpu = new ArrayList<>();
    private final List<Double> basePostgresCpu = new ArrayList<>();
    private final List<Double> clientCpu = new ArrayList<>();
    private final List<Double> jitCpu = new ArrayList<>();
    private final List<Double> gcCpu = new ArrayList<>();
    private final List<Double> commits = new ArrayList<>();
    private final List<Double> baseCommits = new ArrayList<>();
    private final List<Double> writes = new ArrayList<>();
    private final List<Double> baseWrites = new ArrayList<>();
    private final List<Double> wal = new ArrayList<>();
    private final List<Double> baseWal = new ArrayList<>();
    private final List<Double> orderP50 = new ArrayList<>();
    private final List<Double> orderP95 = new ArrayList<>();
    private final List<Double> baseOrderP50 = new ArrayList<>();
    private final List<Double> baseOrderP95 = new ArrayList<>();
    private final List<Double> verifyP50 = new ArrayList<>();
    private final List<Double> verifyP95 = new ArrayList<>();
    private final List<Double> baseVerifyP50 = new ArrayList<>();
    private final List<Double> baseVerifyP95 = new ArrayList<>();

    LifecycleFigures(double signInMillis) {
        this.signInMillis = signInMillis;
    }

    void ours(HttpLifecycles.Result result, CostWindow.Cost cost, List<Double> approvalToOrderSent) {
        int n = result.lifecycles();
        rates.add(result.perSecond());
        p95.add(Samples.percentile(result.completionMillis(), 95));
        serverCpu.add(cost.serverCpuPer(n) * 1000);
        clientCpu.add(cost.cpu().clients() / n * 1000);
        jitCpu.add(cost.cpu().jit() / n * 1000);
        gcCpu.add(cost.cpu().gc() / n * 1000);
        postgresCpu.add(cost.postgresCpuPer(n) * 1000);
        commits.add(cost.commitsPer(n));
        writes.add(cost.writingTransactionsPer(n));
        wal.add(cost.walKibPer(n));
        orderP50.add(Samples.median(approvalToOrderSent));
        orderP95.add(Samples.percentile(approvalToOrderSent, 95));
        verifyP50.add(Samples.median(result.handInToVerifyMillis()));
        verifyP95.add(Samples.percentile(result.handInToVerifyMillis(), 95));
    }

    void baseline(HttpLifecycles.Result result, CostWindow.Cost cost, List<Double> approvalToWait) {
        int n = result.lifecycles();
        baseRates.add(result.perSecond());
        baseP95.add(Samples.percentile(result.completionMillis(), 95));
        baseServerCpu.add(cost.serverCpuPer(n) * 1000);
        basePostgresCpu.add(cost.postgresCpuPer(n) * 1000);
        baseCommits.add(cost.commitsPer(n));
        baseWrites.add(cost.writingTransactionsPer(n));
        baseWal.add(cost.walKibPer(n));
        baseOrderP50.add(Samples.median(approvalToWait));
        baseOrderP95.add(Samples.percentile(approvalToWait, 95));
        baseVerifyP50.add(Samples.median(result.handInToVerifyMillis()));
        baseVerifyP95.add(Samples.percentile(result.handInToVerifyMillis(), 95));
    }

    void report(Report report, Sizes sizes) {
        String load = sizes.clients() + " clients x " + sizes.lifecyclesPerClient() + " lifecycles";
        String scenario = "3 lifecycles";
        report.add(new Figure(scenario, "whole lifecycles over HTTP at a fixed load", "lifecycles/s", rates,
                baseRates, null, null, load + "; the peak is in the saturation table"));
        report.add(new Figure(scenario, "p95 of a task completion", "ms", p95, baseP95, "< 150 ms",
                Samples.median(p95) < 150, "on-site with 3 findings, review, verify; " + load));
        report.add(new Figure(scenario, "sign-in (first call with HTTP Basic, BCrypt), median", "ms",
                List.of(signInMillis), null, null, null, "once per user and session, before the clock starts"));
        String cost = "cost per lifecycle";
        report.add(new Figure(cost, "JVM CPU per lifecycle, without the clients' threads", "ms", serverCpu,
                baseServerCpu, null, null, "/proc/self/stat minus the HTTP client threads (ThreadMXBean); "
                + "serves: peak throughput"));
        report.add(new Figure(cost, "CPU of the benchmark's HTTP clients per lifecycle", "ms", clientCpu, null,
                null, null, "what playing the users cost, left out of the row above"));
        report.add(new Figure(cost, "of the JVM's: JIT compiler threads per lifecycle", "ms", jitCpu, null, null, null,
                "C1/C2 compiler threads (/proc/self/task): a JVM that is still warming up"));
        report.add(new Figure(cost, "of the JVM's: garbage collector threads per lifecycle", "ms", gcCpu, null, null,
                null, "GC/G1 threads (/proc/self/task)"));
        report.add(new Figure(cost, "PostgreSQL CPU per lifecycle", "ms", postgresCpu, basePostgresCpu, null, null,
                "postmaster and its children, /proc; serves: peak throughput"));
        report.add(new Figure(cost, "committed transactions per lifecycle", "tx", commits, baseCommits,
                "<= 1.5 x baseline", Samples.median(commits) <= 1.5 * Samples.median(baseCommits),
                "pg_stat_database.xact_commit, reads and the clients' polls included, the benchmark's own polls "
                        + "taken off"));
        report.add(new Figure(cost, "writing transactions per lifecycle", "tx", writes, baseWrites, null, null,
                "transaction ids handed out (only a writing transaction gets one); independent of polling"));
        report.add(new Figure(cost, "WAL per lifecycle", "KiB", wal, baseWal, null, null,
                "pg_current_wal_lsn() difference; serves: commit latency"));
        String async = "async steps";
        report.add(new Figure(async, "approval answered -> rectification order accepted by SMTP, p50", "ms",
                orderP50, baseOrderP50, null, null, load + "; baseline: approval -> process waits for the hand-in"));
        report.add(new Figure(async, "approval answered -> rectification order accepted by SMTP, p95", "ms",
                orderP95, baseOrderP95, "< 2000 ms", Samples.median(orderP95) < 2000, load));
        report.add(new Figure(async, "hand-in answered -> verify task in the inspector's list, p50", "ms",
                verifyP50, baseVerifyP50, null, null, load + "; the client polls its list"));
        report.add(new Figure(async, "hand-in answered -> verify task in the inspector's list, p95", "ms",
                verifyP95, baseVerifyP95, null, null, load));
    }
}
