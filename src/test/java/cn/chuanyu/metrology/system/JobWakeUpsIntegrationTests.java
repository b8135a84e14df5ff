package cn.chuanyu.metrology.system;

import cn.chuanyu.metrology.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Two nodes' wake-ups on the shared PostgreSQL: a node that created jobs wakes the other node's acquisition at once,
 * instead of leaving it to find them when its idle wait ends.
 */
@IntegrationTest
class JobWakeUpsIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void aNodeThatCreatedJobsWakesTheOtherNodesAcquisition() {
        CountingExecutor nodeA = new CountingExecutor();
        CountingExecutor nodeB = new CountingExecutor();
        JobWakeUps wakeUpsA = new JobWakeUps(nodeA, dataSource);
        JobWakeUps wakeUpsB = new JobWakeUps(nodeB, dataSource);
        wakeUpsA.start();
        wakeUpsB.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                nodeA.jobWasAdded();
                return nodeB.wokenByOthers.get() > 0;
            });
        } finally {
            wakeUpsA.stop();
            wakeUpsB.stop();
        }
    }

    /** A job executor that never runs; it counts how often another node woke it. */
    private static final class CountingExecutor extends NodeJobExecutor {

        final AtomicInteger wokenByOthers = new AtomicInteger();

        CountingExecutor() {
            super(new SimpleMeterRegistry());
        }

        @Override
        void wakeUp() {
            wokenByOthers.incrementAndGet();
        }
    }
}
