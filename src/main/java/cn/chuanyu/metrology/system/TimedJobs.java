package cn.chuanyu.metrology.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

import java.util.List;

/**
 * Camunda's run of a batch of acquired jobs on one of this node's job threads, timing each job it runs (those the
 * batch goes on to run in the same process instance included) by process, job type and outcome.
 */
final class TimedJobs extends ExecuteJobsRunnable {

    private final MeterRegistry registry;

    TimedJobs(List<String> jobIds, ProcessEngineImpl processEngine, MeterRegistry registry) {
        super(jobIds, processEngine);
        this.registry = registry;
    }

    @Override
    protected void executeJob(String jobId, CommandExecutor commandExecutor, JobFailureCollector failures) {
        Timer.Sample sample = Timer.start(registry);
        try {
            super.executeJob(jobId, commandExecutor, failures);
        } finally {
            JobEntity job = failures.getJob();
            if (job != null) {
                sample.stop(Timer.builder(NodeJobExecutor.METRIC)
                        .description("Jobs this node's job executor ran, from acquisition to commit or failure")
                        .tag("process", job.getProcessDefinitionKey() == null ? "none" : job.getProcessDefinitionKey())
                        .tag("type", job.getJobHandlerType())
                        .tag("outcome", failures.getFailure() == null ? "done" : "failed")
                        .register(registry));
            }
        }
    }
}
