package cn.chuanyu.metrology.bench;

import cn.chuanyu.metrology.inspection.RecordSignatures;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Whole inspection lifecycles through the HTTP API, one per client at a time, as InspectionApiIntegrationTests
 * drives them: a supervisor opens, an inspector finds the on-site task in "my tasks", claims it and completes it
 * with three minor findings, the supervisor approves, the rectification is handed in, the inspector verifies.
 */
final class HttpLifecycles {

    /** One client: two inspectors of a team, their staff ids and the parties it inspects. */
    record Client(String inspectorA, String inspectorB, long staffA, long staffB, List<Long> parties) {
    }

    /**
     * What a run measured, from the moment every client had signed in: lifecycles done, each task completion's
     * time, the sign-ins (before the clock started), and per inspection the moment its approval was answered and
     * how long the business's hand-in took to show the verify task in the inspector's list.
     */
    record Result(double seconds, int lifecycles, List<Double> completionMillis, List<Double> signInMillis,
                  List<Long> inspectionIds, Map<Long, Long> approvalAnsweredAt, List<Double> handInToVerifyMillis,
                  CpuMeter.Reading startReading) {

        double perSecond() {
            return lifecycles / seconds;
        }
    }

    /** Name prefix of the threads that play the users, so their CPU can be told from the server's. */
    static final String CLIENT_THREAD = "bench-client-";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String baseUrl;
    private final String supervisor;
    private final String password;

    HttpLifecycles(String baseUrl, String supervisor, String password) {
        this.baseUrl = baseUrl;
        this.supervisor = supervisor;
        this.password = password;
    }

    /** A client whose three users have signed in: the supervisor and the two inspectors, each with a session. */
    record SignedIn(Client client, Api supervisor, Api inspectorA, Api inspectorB) {
    }

    /**
     * Signs every client in, then runs {@code perClient} lifecycles on each concurrently, or until {@code limit}
     * has passed (a lifecycle under way is finished), whichever is first.
     */
    Result run(List<Client> clients, int perClient, Duration limit) throws Exception {
        List<Double> signIns = Collections.synchronizedList(new ArrayList<>());
        Result result = run(signIn(clients, signIns), perClient, limit, null);
        return new Result(result.seconds(), result.lifecycles(), result.completionMillis(), signIns,
                result.inspectionIds(), result.approvalAnsweredAt(), result.handInToVerifyMillis(), null);
    }

    /** Signs the clients' users in concurrently (each first call checks a password); times each into the list. */
    List<SignedIn> signIn(List<Client> clients, List<Double> signInMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size(), clientThreads());
        try {
            List<Future<SignedIn>> futures = new ArrayList<>();
            for (Client client : clients) {
                futures.add(pool.submit(() -> new SignedIn(client,
                        timed(signInMillis, () -> Api.signIn(baseUrl, supervisor, password)),
                        timed(signInMillis, () -> Api.signIn(baseUrl, client.inspectorA(), password)),
                        timed(signInMillis, () -> Api.signIn(baseUrl, client.inspectorB(), password)))));
            }
            List<SignedIn> signedIn = new ArrayList<>();
            for (Future<SignedIn> future : futures) {
                signedIn.add(future.get());
            }
            return signedIn;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code perClient} lifecycles on each signed-in client concurrently, or until {@code limit} has passed (a
     * lifecycle under way is finished), whichever is first; reads {@code meter} (if any) when the clock starts.
     * Nothing inside a lifecycle waits on a clock: each step polls for the condition it needs.
     */
    Result run(List<SignedIn> clients, int perClient, Duration limit, CpuMeter meter) throws Exception {
        List<Double> completions = Collections.synchronizedList(new ArrayList<>());
        List<Double> handIns = Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> approvals = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        List<Long> finished = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients.size(), clientThreads());
        CpuMeter.Reading startReading = meter == null ? null : meter.read();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SignedIn signedIn : clients) {
                Client client = signedIn.client();
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                        Lifecycle lifecycle = new Lifecycle(signedIn, completions);
                        long id = lifecycle.run(client.parties().get(i % client.parties().size()));
                        approvals.put(id, lifecycle.approvalAnsweredAt);
                        handIns.add(lifecycle.handInToVerifyMillis);
                        finished.add(id);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result((System.nanoTime() - start) / 1e9, done.get(), completions, List.of(), finished,
                approvals, handIns, startReading);
    }

    private static ThreadFactory clientThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, CLIENT_THREAD + count.incrementAndGet());
    }

    /** One lifecycle of one client, with the moments the asynchronous steps are measured from. */
    private static final class Lifecycle {

        private final Api sup;
        private final Api a;
        private final Api b;
        private final Client client;
        private final List<Double> completions;
        private long approvalAnsweredAt;
        private double handInToVerifyMillis;

        Lifecycle(SignedIn signedIn, List<Double> completions) {
            this.sup = signedIn.supervisor();
            this.a = signedIn.inspectorA();
            this.b = signedIn.inspectorB();
            this.client = signedIn.client();
            this.completions = completions;
        }

        /** Runs it; returns the inspection's id once the last completion was answered with success. */
        long run(long party) {
            long id = sup.post("/api/inspections", Map.of("partyId", party,
                    "inspectorIds", List.of(client.staffA(), client.staffB()), "plannedDate", "2026-12-01"))
                    .get("id").asLong();
            String onSite = awaitTask(a, id, "ON_SITE");
            a.post("/api/tasks/" + onSite + "/claim", Map.of());
            for (Map<String, Object> finding : List.of(finding("AB-MS-01", "程序文件未受控"),
                    finding("AB-RC-01", "原始记录缺少环境条件"), finding("AB-TC-02", "标准器溯源证书即将过期"))) {
                a.post("/api/inspections/" + id + "/findings", finding);
            }
            // the on-site record: the representative signs, both inspectors confirm; completing files the PDF
            a.post("/api/inspections/" + id + "/record/signature", RecordSignatures.body());
            a.post("/api/inspections/" + id + "/record/confirmation", Map.of());
            b.post("/api/inspections/" + id + "/record/confirmation", Map.of());
            timed(completions, () -> a.post("/api/tasks/" + onSite + "/complete", Map.of("kind", "ON_SITE")));
            String review = awaitTask(sup, id, "REVIEW");
            timed(completions, () -> sup.post("/api/tasks/" + review + "/complete",
                    Map.of("kind", "REVIEW", "approved", true)));
            approvalAnsweredAt = System.currentTimeMillis();
            poll(() -> "RECTIFYING".equals(a.get("/api/inspections/" + id).at("/inspection/status").asText())
                    ? Boolean.TRUE : null);
            // RECTIFYING is set when the process waits for the hand-in, so the first hand-in is taken
            b.post("/api/inspections/" + id + "/rectification", Map.of("statement", "已修订程序文件并受控发放"));
            long handedIn = System.nanoTime();
            String verify = awaitTask(a, id, "VERIFY");
            handInToVerifyMillis = (System.nanoTime() - handedIn) / 1e6;
            timed(completions, () -> a.post("/api/tasks/" + verify + "/complete",
                    Map.of("kind", "VERIFY", "accepted", true)));
            return id;
        }
    }

    private static String awaitTask(Api user, long inspectionId, String kind) {
        return poll(() -> {
            for (JsonNode task : user.get("/api/tasks?limit=200")) {
                if (task.get("inspectionId").asLong() == inspectionId && task.get("kind").asText().equals(kind)) {
                    return task.get("id").asText();
                }
            }
            return null;
        });
    }

    private static Map<String, Object> finding(String item, String description) {
        return Map.of("checklistItem", item, "severity", "MINOR", "description", description);
    }

    static <T> T poll(Supplier<T> probe) {
        return poll(probe, TIMEOUT);
    }

    static <T> T poll(Supplier<T> probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            pause(10);
        }
        throw new IllegalStateException("Timed out after " + timeout);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static <T> T timed(List<Double> into, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        into.add((System.nanoTime() - start) / 1e6);
        return result;
    }
}
