package cn.chuanyu.metrology.bench;

import cn.chuanyu.metrology.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Scenarios 2 to 4 and the database ceiling, on the running application and the baseline engine. */
final class Scenarios {

    private static final Duration NO_LIMIT = Duration.ofHours(2);
    /** How long a campaign's notices may drain before the next repetition starts anyway. */
    private static final Duration DRAIN_CAP = Duration.ofSeconds(60);
    /** The baseline's rate does not depend on the count; fewer starts keep the run short on a shared machine. */
    private static final int BASELINE_STARTS = 1_000;

    /** What the scenarios measure with besides the clock. */
    record Meters(DatabaseCeiling database, CpuMeter cpu, StatementLedger statements) {
    }

    private final Sizes sizes;
    private final Report report;
    private final JdbcClient jdbc;
    private final Register register;
    private final Meters meters;
    private final BaselineEngine baseline;
    private final String baseUrl;
    /** The benchmark's own polls of the application's database, taken off its committed transactions. */
    private final AtomicLong harnessQueries = new AtomicLong();
    private String supervisor;

    Scenarios(Sizes sizes, Report report, JdbcClient jdbc, Register register, Meters meters,
              BaselineEngine baseline, String baseUrl) {
        this.sizes = sizes;
        this.report = report;
        this.jdbc = jdbc;
        this.register = register;
        this.meters = meters;
        this.baseline = baseline;
        this.baseUrl = baseUrl;
    }

    void runAll() throws Exception {
        attempt("ceiling", this::ceiling);
        attempt("lifecycles", this::lifecycles);
        attempt("saturation", this::saturation);
        attempt("starts", this::campaignStarts);
        attempt("queues", this::taskQueues);
    }

    /** A scenario. */
    interface Step {
        void run() throws Exception;
    }

    /** Runs a scenario; a failure is reported and the next scenario still runs. */
    void attempt(String name, Step step) {
        if (!BenchmarkSuite.selected(name)) {
            return;
        }
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            report.note("scenario " + name + " failed: " + e);
        }
    }

    private void ceiling() throws Exception {
        meters.database().writeTransactionsPerSecond(sizes.clients(), 2_000);
        List<Double> rates = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < sizes.repeats(); i++) {
            rates.add(meters.database().writeTransactionsPerSecond(sizes.clients(), 5_000));
            single.add(meters.database().writeTransactionsPerSecond(1, 5_000));
        }
        report.add(new Figure("db", "write transactions, " + sizes.clients() + " connections", "tx/s", rates, null,
                null, null, "autocommit single-row inserts, synchronous_commit=on"));
        report.add(new Figure("db", "write transactions, 1 connection", "tx/s", single, null, null, null, null));
    }

    private void campaignStarts() throws Exception {
        String admin = register.account("bench.admin", Role.ADMIN, null, null);
        Api api = Api.signIn(baseUrl, admin, Register.PASSWORD);
        campaign(api, "warm-up", Math.min(100, sizes.starts()));
        baseline.startRate(Math.min(100, sizes.starts()));
        awaitJobsDone(DRAIN_CAP);
        baseline.drain();
        List<Double> rates = new ArrayList<>();
        List<Double> baseRates = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        List<Double> draws = new ArrayList<>();
        for (int i = 0; i < sizes.repeats(); i++) {
            if (i == 0) {
                meters.statements().reset();
            }
            CampaignRun run = campaign(api, "run " + i, sizes.starts());
            if (i == 0) {
                report.section("Statements of one campaign (create, open, freeze, reveal, draw, " + sizes.starts()
                        + " starts; by time, pg_stat_statements)", StatementLedger.markdownByTime(
                        meters.statements().read(), 25));
            }
            rates.add(run.startsPerSecond());
            totals.add(run.seconds());
            draws.add(run.drawSeconds() * 1000);
            double drained = awaitJobsDone(DRAIN_CAP);
            report.note(String.format("campaign run %d: %d notices and other asynchronous steps %s %.0f s", i,
                    sizes.starts(), drained < DRAIN_CAP.toSeconds() ? "drained in" : "still running after", drained));
            baseRates.add(baseline.startRate(Math.min(sizes.starts(), BASELINE_STARTS)));
            baseline.drain();
        }
        report.add(new Figure("2 starts", "inspections started from a campaign", "starts/s", rates, baseRates,
                ">= 80 % of baseline", Samples.median(rates) >= 0.8 * Samples.median(baseRates),
                sizes.starts() + " per campaign; baseline: " + Math.min(sizes.starts(), BASELINE_STARTS)
                        + " startProcessInstanceByKey calls in a loop"));
        report.add(new Figure("2 starts", "campaign open to all started", "s", totals, null, null, null,
                "freeze register + draw + starts"));
        report.add(new Figure("1 draw", "campaign open to frozen + reveal to first inspection (freeze, draw and teams in the app)",
                "ms", draws, null, "< 5000 ms", Samples.median(draws) < 5000,
                sizes.parties() + " parties in the register"));
    }

    private record CampaignRun(double seconds, double drawSeconds, double startsPerSecond) {
    }

    private CampaignRun campaign(Api admin, String name, int count) {
        long creating = System.nanoTime();
        JsonNode created = admin.post("/api/campaigns", Map.ofEntries(Map.entry("name", "基准抽查 " + name),
                Map.entry("partyKind", "AUTHORISED_BODY"), Map.entry("categories", List.of(Register.CATEGORY)),
                Map.entry("provinces", List.of("SC", "CQ")), Map.entry("joint", true), Map.entry("sampleCount", count),
                Map.entry("loadCap", 100_000), Map.entry("periodStart", "2027-01-01"),
                Map.entry("periodEnd", "2027-03-31"), Map.entry("windowStart", "2027-01-10"),
                Map.entry("windowEnd", "2027-02-28"),
                Map.entry("beaconSource", "benchmark " + name + " " + System.nanoTime()),
                Map.entry("beaconDueAt", java.time.OffsetDateTime.now().plusDays(1).withNano(0).toString())));
        long id = created.at("/campaign/id").asLong();
        report.note(String.format("campaign %s: created (with its capacity over the register) in %.1f s", name,
                (System.nanoTime() - creating) / 1e9));
        long start = System.nanoTime();
        long openedAtMillis = System.currentTimeMillis();
        admin.post("/api/campaigns/" + id + "/open", Map.of("confirmShortfall", true));
        HttpLifecycles.poll(() -> {
            HttpLifecycles.pause(90);
            return admin.get("/api/campaigns/" + id).at("/campaign/status").asText().equals("FROZEN")
                    ? Boolean.TRUE : null;
        }, Duration.ofMinutes(30));
        long frozenMillis = System.currentTimeMillis() - openedAtMillis;
        long revealedAtMillis = System.currentTimeMillis();
        admin.post("/api/campaigns/" + id + "/reveals", Map.of("contributor", "BEACON", "value", "bench " + id,
                "confirmValue", "bench " + id));
        HttpLifecycles.poll(() -> {
            HttpLifecycles.pause(90);
            return admin.get("/api/campaigns/" + id).at("/campaign/status").asText().equals("STARTED")
                    ? Boolean.TRUE : null;
        }, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> span = jdbc.sql("""
                        select count(*) as n, extract(epoch from min(opened_at)) * 1000 as first_ms,
                               extract(epoch from max(opened_at) - min(opened_at)) as span
                        from inspection where campaign_id = :id""").param("id", id).query().singleRow();
        long started = ((Number) span.get("n")).longValue();
        double firstMillis = ((Number) span.get("first_ms")).doubleValue();
        double spanSeconds = ((Number) span.get("span")).doubleValue();
        double freezeAndDraw = (frozenMillis + firstMillis - revealedAtMillis) / 1000;
        return new CampaignRun(seconds, freezeAndDraw, (started - 1) / spanSeconds);
    }

    /** Waits until no asynchronous step of the application is due, or the cap; returns the seconds waited. */
    private double awaitJobsDone(Duration cap) {
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        while (System.nanoTime() < deadline && dueJobs() > 0) {
            HttpLifecycles.pause(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The application's jobs due now: one of the benchmark's own polls. */
    private long dueJobs() {
        harnessQueries.incrementAndGet();
        return jdbc.sql("""
                select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1
                  and (duedate_ is null or duedate_ <= now())""").query(Long.class).single();
    }

    /** The supervisor account every lifecycle client signs in as (each client with its own session). */
    private String supervisor() {
        if (supervisor == null) {
            supervisor = register.account("bench.sup", Role.SUPERVISOR, "SC", null);
        }
        return supervisor;
    }

    private void lifecycles() throws Exception {
        List<HttpLifecycles.Client> clients = BenchmarkSuite.clients(register, sizes.clients(), "bench");
        HttpLifecycles ours = new HttpLifecycles(baseUrl, supervisor(), Register.PASSWORD);
        List<Double> signIns = new ArrayList<>();
        List<HttpLifecycles.SignedIn> signedIn = ours.signIn(clients, signIns);
        // a warm-up as long as one repetition: a JVM still compiling counts its JIT's CPU into the first lifecycles
        ours.run(signedIn, sizes.lifecyclesPerClient(), NO_LIMIT, null);
        baseline.lifecycles(sizes.clients(), sizes.lifecyclesPerClient(), NO_LIMIT);
        awaitLifecyclesClosed();
        baseline.drain();
        LifecycleFigures figures = new LifecycleFigures(Samples.median(signIns));
        for (int i = 0; i < sizes.repeats(); i++) {
            if (i == 0) {
                meters.statements().reset();
            }
            CostWindow window = CostWindow.open(meters.database(), BenchmarkSuite.APP_DATABASE);
            long polls = harnessQueries.get();
            long signInsBefore = signInRecords();
            long reads = Api.READS.get();
            long writes = Api.WRITES.get();
            HttpLifecycles.Result result = ours.run(signedIn, sizes.lifecyclesPerClient(), NO_LIMIT, meters.cpu());
            awaitLifecyclesClosed();
            CpuMeter.Use cpu = meters.cpu().read().since(result.startReading());
            CostWindow.Cost cost = window.close(cpu, harnessQueries.get() - polls + 1);
            if (i == 0) {
                report.section("Statements of one lifecycle (application, pg_stat_statements, run 0, "
                                + result.lifecycles() + " lifecycles)",
                        StatementLedger.markdown(meters.statements().read(), result.lifecycles(), 40));
            }
            report.note(String.format(java.util.Locale.ROOT, "lifecycle run %d: %d lifecycles, %.1f HTTP writes and %.1f "
                            + "reads (mostly polls for the next step) per lifecycle, %d passwords checked (0: every "
                            + "call used its session)", i, result.lifecycles(),
                    (Api.WRITES.get() - writes) / (double) result.lifecycles(),
                    (Api.READS.get() - reads) / (double) result.lifecycles(), signInRecords() - signInsBefore));
            figures.ours(result, cost, approvalToOrderSent(result));
            CostWindow baseWindow = CostWindow.open(meters.database(), BenchmarkSuite.BASELINE_DATABASE);
            CpuMeter.Reading baseStart = meters.cpu().read();
            HttpLifecycles.Result base = baseline.lifecycles(sizes.clients(), sizes.lifecyclesPerClient(), NO_LIMIT);
            baseline.drain();
            CpuMeter.Use baseCpu = meters.cpu().read().since(baseStart);
            figures.baseline(base, baseWindow.close(baseCpu, 0), baseline.lastApprovalToWaitMillis());
        }
        figures.report(report, sizes);
    }

    /** Per inspection, from the moment its approval was answered to the order's mail accepted by the SMTP server. */
    private List<Double> approvalToOrderSent(HttpLifecycles.Result result) {
        List<Double> latencies = new ArrayList<>();
        for (Map.Entry<Long, Long> approval : result.approvalAnsweredAt().entrySet()) {
            Double sentAt = jdbc.sql("""
                            select extract(epoch from sent_at) * 1000 from notice
                            where kind = 'RECTIFICATION_ORDER' and subject_type = 'INSPECTION' and subject_id = :id
                              and status = 'SENT'""")
                    .param("id", approval.getKey()).query(Double.class).optional().orElse(null);
            if (sentAt == null) {
                throw new IllegalStateException("No rectification order sent for inspection " + approval.getKey());
            }
            latencies.add(sentAt - approval.getValue());
        }
        return latencies;
    }

    private void saturation() throws Exception {
        new Saturation(sizes, report, register, meters.cpu(), baseline, this::awaitLifecyclesClosed).run(
                new HttpLifecycles(baseUrl, supervisor(), Register.PASSWORD));
    }

    /** Each password check that succeeds is audited: the count shows whether calls reuse their session. */
    private long signInRecords() {
        return jdbc.sql("select count(*) from audit_record where action = 'SIGNED_IN'").query(Long.class).single();
    }

    private void awaitLifecyclesClosed() {
        HttpLifecycles.poll(() -> {
            HttpLifecycles.pause(100);
            harnessQueries.incrementAndGet();
            return jdbc.sql("select count(*) from inspection where opened_by = 'bench.sup' and status <> 'CLOSED'")
                    .query(Long.class).single() == 0 ? Boolean.TRUE : null;
        });
        awaitJobsDone(NO_LIMIT);
    }

    private void taskQueues() throws Exception {
        TaskQueues queues = new TaskQueues(jdbc);
        List<Long> inspectors = register.inspectorIds();
        awaitJobsDone(DRAIN_CAP);
        long start = System.nanoTime();
        queues.backlog(sizes.openInspections(), register.partyIds("SC", 1_000), inspectors, inspectors.get(0));
        report.note(String.format("backlog of %d open inspections written in %.1f s; %d open tasks in all",
                sizes.openInspections(), (System.nanoTime() - start) / 1e9, queues.openTasks()));
        String inspector = register.account("bench.queue.inspector", Role.INSPECTOR, "SC", inspectors.get(0));
        Api inspectorApi = Api.signIn(baseUrl, inspector, Register.PASSWORD);
        Api supervisorApi = Api.signIn(baseUrl, supervisor(), Register.PASSWORD);
        TaskQueues.myTasks(inspectorApi, 20);
        TaskQueues.myTasks(supervisorApi, 20);
        List<Double> mine = new ArrayList<>();
        List<Double> queue = new ArrayList<>();
        for (int i = 0; i < sizes.repeats(); i++) {
            mine.add(Samples.percentile(TaskQueues.myTasks(inspectorApi, sizes.queueReads()), 95));
            queue.add(Samples.percentile(TaskQueues.myTasks(supervisorApi, sizes.queueReads()), 95));
        }
        String note = sizes.openInspections() + " open inspections, " + sizes.queueReads()
                + " reads per repetition, backlog written to the task projection by SQL";
        report.add(new Figure("4 queues", "p95 of an inspector's my tasks", "ms", mine, null, "< 50 ms",
                Samples.median(mine) < 50, note));
        report.add(new Figure("4 queues", "p95 of a supervisor's review queue", "ms", queue, null, "< 50 ms",
                Samples.median(queue) < 50, note));
    }
}
