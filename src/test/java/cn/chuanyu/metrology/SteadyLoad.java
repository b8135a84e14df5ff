package cn.chuanyu.metrology;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Steady API traffic through a {@link ReadinessRouter}: two clients read an inspector's task list, one registers
 * staff as an administrator, each sending its next request 20 ms after the last answer, on a new connection, with
 * its session cookie. Every answer is counted by status and node; a request that gets no answer (refused or reset connection,
 * timeout) is a failure.
 */
public final class SteadyLoad implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PACE = Duration.ofMillis(20);

    private final ReadinessRouter router;
    private final String reader;
    private final String writer;
    private final String password;
    private final ScheduledExecutorService clients = Executors.newScheduledThreadPool(3);
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger staffNumbers = new AtomicInteger();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byNode = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    /** The reader (an inspector) and the writer (an administrator) sign in with HTTP Basic and one password. */
    public SteadyLoad(ReadinessRouter router, String reader, String writer, String password) {
        this.router = router;
        this.reader = reader;
        this.writer = writer;
        this.password = password;
    }

    public void start() {
        running.set(true);
        client(reader, false);
        client(reader, false);
        client(writer, true);
    }

    public void stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
    }

    public long answeredBy(String node) {
        return byNode.getOrDefault(node, new AtomicLong()).get();
    }

    public Map<Integer, Long> statuses() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    public Map<String, Long> byNode() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        byNode.forEach((node, count) -> copy.put(node, count.get()));
        return copy;
    }

    public long total() {
        return statuses.values().stream().mapToLong(AtomicLong::get).sum() + failures.size();
    }

    public List<String> failures() {
        return new ArrayList<>(failures);
    }

    /** A client sends a request, waits for its answer, pauses {@code PACE} and sends the next. */
    private void client(String user, boolean writes) {
        String credentials = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        AtomicReference<String> session = new AtomicReference<>();
        clients.scheduleWithFixedDelay(() -> {
            Optional<String> node = router.next();
            if (node.isEmpty()) {
                failures.add("no node ready");
            } else if (running.get()) {
                send(node.get(), writes ? "/api/registry/staff" : "/api/tasks", writes ? staff() : null,
                        credentials, session);
            }
        }, 0, PACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One request on a connection of its own, as a load balancer opening a connection to a node would. */
    private void send(String node, String path, String json, String credentials, AtomicReference<String> session) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(node + path).toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setRequestProperty("Authorization", credentials);
            connection.setRequestProperty("Accept", "application/json");
            if (session.get() != null) {
                connection.setRequestProperty("Cookie", session.get());
            }
            if (json != null) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            Optional.ofNullable(connection.getHeaderField("Set-Cookie")).map(cookie -> cookie.split(";", 2)[0])
                    .ifPresent(session::set);
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            byNode.computeIfAbsent(node, n -> new AtomicLong()).incrementAndGet();
        } catch (IOException e) {
            failures.add((json == null ? "GET " : "POST ") + node + path + ": " + e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private String staff() {
        String number = "L" + System.nanoTime() % 1_000_000_000L + "-" + staffNumbers.incrementAndGet();
        return "{\"staffNo\":\"" + number + "\",\"role\":\"SUPERVISOR\",\"nameZh\":\"负载测试人员\",\"province\":\"SC\"}";
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
