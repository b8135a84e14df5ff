package cn.chuanyu.metrology.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** A job handler that records how long each run of the handler it wraps takes, tagged by process and job type. */
final class TimedJobHandler<T extends JobHandlerConfiguration> implements JobHandler<T> {

    private static final String NO_PROCESS = "none";

    private final JobHandler<T> handler;
    private final MeterRegistry registry;

    TimedJobHandler(JobHandler<T> handler, MeterRegistry registry) {
        this.handler = handler;
        this.registry = registry;
    }

    @Override
    public String getType() {
        return handler.getType();
    }

    @Override
    public void execute(T configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            handler.execute(configuration, execution, commandContext, tenantId);
            outcome = "done";
        } finally {
            sample.stop(Timer.builder(JobMetricsPlugin.METRIC)
                    .description("Jobs run by this node's job executor (the handler's work, before the commit)")
                    .tag("process", processKey(execution)).tag("type", handler.getType()).tag("outcome", outcome)
                    .register(registry));
        }
    }

    @Override
    public T newConfiguration(String canonicalString) {
        return handler.newConfiguration(canonicalString);
    }

    @Override
    public void onDelete(T configuration, JobEntity jobEntity) {
        handler.onDelete(configuration, jobEntity);
    }

    private static String processKey(ExecutionEntity execution) {
        return execution == null || execution.getProcessDefinition() == null ? NO_PROCESS
                : execution.getProcessDefinition().getKey();
    }
}
