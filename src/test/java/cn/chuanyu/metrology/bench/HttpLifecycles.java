package cn.chuanyu.metrology.bench;

import cn.chuanyu.metrology.inspection.RecordSignatures;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** What a run measured. */
    record Result(double seconds, int lifecycles, List<Double> completionMillis, List<Double> signInMillis,
                  List<Long> inspectionIds) {

        double perSecond() {
            return lifecycles / seconds;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String baseUrl;
    private final String supervisor;
    private final String password;

    HttpLifecycles(String baseUrl, String supervisor, String password) {
        this.baseUrl = baseUrl;
        this.supervisor = supervisor;
        this.password = password;
    }

    /** Runs {@code perClient} lifecycles on each client concurrently, or until the deadline, whichever is first. */
    Result run(List<Client> clients, int perClient, Duration limit) throws Exception {
        List<Double> completions = Collections.synchronizedList(new ArrayList<>());
        List<Double> signIns = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        List<Long> finished = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Client client : clients) {
                futures.add(pool.submit(() -> {
                    Api sup = timed(signIns, () -> Api.signIn(baseUrl, supervisor, password));
                    Api a = timed(signIns, () -> Api.signIn(baseUrl, client.inspectorA(), password));
                    Api b = timed(signIns, () -> Api.signIn(baseUrl, client.inspectorB(), password));
                    for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                        finished.add(lifecycle(sup, a, b, client, client.parties().get(i % client.parties().size()),
                                completions));
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
        return new Result((System.nanoTime() - start) / 1e9, done.get(), completions, signIns, finished);
    }

    /** One lifecycle; returns the inspection's id once the last completion was answered with success. */
    private static long lifecycle(Api sup, Api a, Api b, Client client, long party, List<Double> completions) {
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
        poll(() -> "RECTIFYING".equals(a.get("/api/inspections/" + id).at("/inspection/status").asText())
                ? Boolean.TRUE : null);
        // RECTIFYING is set when the process waits for the hand-in, so the first hand-in is taken
        b.post("/api/inspections/" + id + "/rectification", Map.of("statement", "已修订程序文件并受控发放"));
        String verify = awaitTask(a, id, "VERIFY");
        timed(completions, () -> a.post("/api/tasks/" + verify + "/complete",
                Map.of("kind", "VERIFY", "accepted", true)));
        return id;
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
