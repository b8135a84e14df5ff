package cn.chuanyu.metrology.system;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Wakes the job executors of all nodes when one node creates jobs, through PostgreSQL's LISTEN/NOTIFY on the shared
 * database. Without it another node finds those jobs only when its own acquisition next wakes (up to
 * {@code max-wait}), and a burst of jobs ran on the node that created it. Announcements are coalesced (at most one
 * NOTIFY in flight per node); each node keeps one connection of its pool listening. Where NOTIFY cannot reach the
 * nodes (a transaction-pooling proxy in between) they still poll every {@code max-wait}.
 */
class JobWakeUps implements SmartLifecycle {

    static final String CHANNEL = "metrology_jobs";

    private static final Logger log = LoggerFactory.getLogger(JobWakeUps.class);
    private static final int LISTEN_TIMEOUT_MILLIS = 1000;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private final NodeJobExecutor executor;
    private final DataSource dataSource;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> daemon(task, "job-wake-up-sender"));
    private volatile boolean running;

    JobWakeUps(NodeJobExecutor executor, DataSource dataSource) {
        this.executor = executor;
        this.dataSource = dataSource;
    }

    @Override
    public void start() {
        running = true;
        executor.announceWith(this::announce);
        daemon(this::listen, "job-wake-up-listener").start();
    }

    @Override
    public void stop() {
        running = false;
        executor.announceWith(() -> {
        });
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void announce() {
        if (running && pending.compareAndSet(false, true)) {
            sender.execute(this::send);
        }
    }

    private void send() {
        pending.set(false);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, executor.getLockOwner());
            notify.execute();
        } catch (SQLException e) {
            log.debug("Could not wake the other nodes; they find the jobs within their acquisition wait: {}",
                    e.getMessage());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    wakeUpFor(postgres.getNotifications(LISTEN_TIMEOUT_MILLIS));
                }
            } catch (SQLException e) {
                if (running) {
                    log.debug("Not listening for other nodes' jobs for {}: {}", RECONNECT_AFTER, e.getMessage());
                    LockSupport.parkNanos(RECONNECT_AFTER.toNanos());
                }
            }
        }
    }

    private void wakeUpFor(PGNotification[] notifications) {
        if (notifications != null && Arrays.stream(notifications)
                .anyMatch(notification -> !executor.getLockOwner().equals(notification.getParameter()))) {
            executor.wakeUp();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
