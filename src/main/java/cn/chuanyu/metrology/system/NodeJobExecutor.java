package cn.chuanyu.metrology.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;

import java.util.List;

/**
 * Camunda's Spring job executor as one node among several: when this node creates a job the other nodes are woken
 * too ({@link JobWakeUps}), and every job it runs is timed in the metric {@code metrology.jobs} ({@link TimedJobs}).
 */
class NodeJobExecutor extends SpringJobExecutor {

    static final String METRIC = "metrology.jobs";

    private final MeterRegistry registry;
    private volatile Runnable announce = () -> {
    };

    NodeJobExecutor(MeterRegistry registry) {
        this.registry = registry;
    }

    void announceWith(Runnable announce) {
        this.announce = announce;
    }

    /** The engine calls this after committing a transaction that created a job this node may run now. */
    @Override
    public void jobWasAdded() {
        super.jobWasAdded();
        announce.run();
    }

    /** Wakes this node's acquisition for a job another node created, without announcing it again. */
    void wakeUp() {
        super.jobWasAdded();
    }

    @Override
    public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
        return new TimedJobs(jobIds, processEngine, registry);
    }
}
