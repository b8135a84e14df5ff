package cn.chuanyu.metrology.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The job executor's part of a graceful shutdown. As soon as the node is told to stop it acquires no more jobs
 * (before Spring stops the job threads' executor, which would leave acquired jobs locked and unrun); the jobs
 * already running finish; jobs it had locked but not started are handed back at once, so another node runs them
 * within its acquisition wait instead of after the lock time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobHandOver implements ApplicationListener<ContextClosedEvent>, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobHandOver.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ProcessEngineConfigurationImpl engine;
    private final JdbcClient jdbc;
    private final ShutdownSettings settings;
    private volatile boolean running;

    JobHandOver(ProcessEngineConfigurationImpl engine, JdbcClient jdbc, ShutdownSettings settings) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Stops acquiring at the very start of the shutdown; jobs queued for a thread then unlock themselves. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        JobExecutor jobExecutor = engine.getJobExecutor();
        if (jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.shutdown();
            log.info("Job executor {} stopped acquiring jobs", jobExecutor.getLockOwner());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        handOver();
        running = false;
    }

    /** Runs beside the traffic drain: jobs have the drain time to finish. */
    @Override
    public void stop(Runnable callback) {
        new Thread(() -> {
            try {
                stop();
            } finally {
                callback.run();
            }
        }, "job-hand-over").start();
    }

    private void handOver() {
        if (!(engine.getJobExecutor() instanceof SpringJobExecutor jobExecutor
                && jobExecutor.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads)) {
            return;
        }
        if (!awaitIdle(threads, Instant.now().plus(settings.jobs()))) {
            log.warn("Jobs still running after {}: they are left to their locks", settings.jobs());
            return;
        }
        List<String> held;
        try {
            held = jdbc.sql("select id_ from act_ru_job where lock_owner_ = :owner")
                    .param("owner", jobExecutor.getLockOwner()).query(String.class).list();
        } catch (DataAccessException e) {
            log.warn("Jobs could not be handed back, their locks run out instead: {}", e.getMessage());
            return;
        }
        held.forEach(this::unlock);
        log.info("Job executor {} handed back {} job(s) it had locked but not run", jobExecutor.getLockOwner(),
                held.size());
    }

    private void unlock(String jobId) {
        try {
            engine.getCommandExecutorTxRequired().execute(new UnlockJobCmd(jobId));
        } catch (ProcessEngineException e) {
            log.warn("Job {} could not be handed back; its lock runs out instead: {}", jobId, e.getMessage());
        }
    }

    private static boolean awaitIdle(ThreadPoolTaskExecutor threads, Instant deadline) {
        while (threads.getActiveCount() > 0 || threads.getQueueSize() > 0) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
