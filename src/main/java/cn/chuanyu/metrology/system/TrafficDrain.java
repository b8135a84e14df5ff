package cn.chuanyu.metrology.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * First step of a graceful shutdown: readiness goes DOWN while the node still serves every request for the drain
 * time, so the load balancer takes it out of rotation before the web server stops accepting connections (the next
 * lifecycle phase, which then lets requests in flight finish).
 */
@Component
class TrafficDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrafficDrain.class);

    private final ApplicationContext context;
    private final ShutdownSettings settings;
    private volatile boolean running;

    TrafficDrain(ApplicationContext context, ShutdownSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop(Runnable callback) {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Readiness DOWN; serving requests for {} more before the connector closes", settings.drain());
        CompletableFuture.delayedExecutor(settings.drain().toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            running = false;
            callback.run();
        });
    }

    @Override
    public void stop() {
        CountDownLatch drained = new CountDownLatch(1);
        stop(drained::countDown);
        try {
            drained.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown (phase {@code Integer.MAX_VALUE - 1024}). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
