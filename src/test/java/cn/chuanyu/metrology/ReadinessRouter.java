package cn.chuanyu.metrology;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a load balancer does for the nodes behind it, as a test helper: it probes each node's readiness every
 * {@code period} and hands out, round robin, only nodes whose last probe answered 200. It never retries a request.
 */
public final class ReadinessRouter implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<String> nodes = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> ready = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();

    public ReadinessRouter(Duration period) {
        prober.scheduleAtFixedRate(this::probe, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Puts a node (its base URL) behind the balancer; it receives requests once a probe found it ready. */
    public void add(String baseUrl) {
        nodes.add(baseUrl);
    }

    public void remove(String baseUrl) {
        nodes.remove(baseUrl);
        ready.remove(baseUrl);
    }

    /** The next ready node, round robin. */
    public Optional<String> next() {
        List<String> up = nodes.stream().filter(node -> ready.getOrDefault(node, false)).toList();
        return up.isEmpty() ? Optional.empty() : Optional.of(up.get(Math.floorMod(next.getAndIncrement(), up.size())));
    }

    public boolean isReady(String baseUrl) {
        return ready.getOrDefault(baseUrl, false);
    }

    private void probe() {
        for (String node : nodes) {
            ready.put(node, readiness(node) == 200);
        }
    }

    private int readiness(String node) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(node + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
