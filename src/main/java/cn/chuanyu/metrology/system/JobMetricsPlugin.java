package cn.chuanyu.metrology.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Times every job this node's engine executes, as the metric {@code metrology.jobs} by process and job type: the
 * count per node is each node's share of the work, the maximum is the longest job the lock time must exceed.
 */
@Component
class JobMetricsPlugin extends AbstractProcessEnginePlugin {

    static final String METRIC = "metrology.jobs";

    private final MeterRegistry registry;

    JobMetricsPlugin(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getJobHandlers().replaceAll((type, handler) -> new TimedJobHandler<>(handler, registry));
    }
}
