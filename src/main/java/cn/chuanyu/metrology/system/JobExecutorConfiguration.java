package cn.chuanyu.metrology.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The job executor of every node: Camunda's, configured from {@code camunda.bpm.job-execution} as the starter would,
 * woken by the other nodes when they create jobs and timing the jobs it runs (README "How the nodes share the work").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class JobExecutorConfiguration {

    @Bean
    JobExecutor jobExecutor(@Qualifier("camundaTaskExecutor") TaskExecutor taskExecutor,
                            CamundaBpmProperties properties, MeterRegistry registry) {
        NodeJobExecutor executor = new NodeJobExecutor(registry);
        executor.setTaskExecutor(taskExecutor);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        JobExecutionProperty settings = properties.getJobExecution();
        Optional.ofNullable(settings.getLockTimeInMillis()).ifPresent(executor::setLockTimeInMillis);
        Optional.ofNullable(settings.getMaxJobsPerAcquisition()).ifPresent(executor::setMaxJobsPerAcquisition);
        Optional.ofNullable(settings.getWaitTimeInMillis()).ifPresent(executor::setWaitTimeInMillis);
        Optional.ofNullable(settings.getMaxWait()).ifPresent(executor::setMaxWait);
        Optional.ofNullable(settings.getBackoffTimeInMillis()).ifPresent(executor::setBackoffTimeInMillis);
        Optional.ofNullable(settings.getMaxBackoff()).ifPresent(executor::setMaxBackoff);
        Optional.ofNullable(settings.getBackoffDecreaseThreshold()).ifPresent(executor::setBackoffDecreaseThreshold);
        Optional.ofNullable(settings.getWaitIncreaseFactor()).ifPresent(executor::setWaitIncreaseFactor);
        return executor;
    }

    @Bean
    JobWakeUps jobWakeUps(JobExecutor jobExecutor, DataSource dataSource) {
        return new JobWakeUps((NodeJobExecutor) jobExecutor, dataSource);
    }
}
