package cn.chuanyu.metrology.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.task.Task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bare Camunda, the yardstick: the same engine version on the same PostgreSQL server (its own database), the Java
 * API only, no HTTP, no security, no domain tables, history level audit and the job executor sized as ours. Its
 * model has Inspection.bpmn's user tasks, gateways, timers and asynchronous steps, with no-op service tasks.
 */
final class BaselineEngine implements AutoCloseable {

    static final String PROCESS = "InspectionBaseline";

    private final ProcessEngine engine;
    private final HikariDataSource dataSource;
    private final AtomicLong keys = new AtomicLong();
    private volatile List<Double> lastApprovalToWaitMillis = List.of();

    /**
     * Connections come from a Hikari pool of 20 like the application's. MyBatis' own pool takes back a connection
     * held longer than its 20 s checkout time and hands it out again; at 32 clients on 2 busy cores the baseline
     * failed on that pool with "Connection is invalid".
     */
    BaselineEngine(String jdbcUrl, String user, String password) {
        this.dataSource = new HikariDataSource();
        dataSource.setPoolName("baseline");
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionTimeout(Duration.ofMinutes(2).toMillis());
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(2);
        jobExecutor.setMaxPoolSize(4);
        jobExecutor.setMaxJobsPerAcquisition(4);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("baseline");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        configuration.setAuthorizationEnabled(false);
        this.engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("baseline")
                .addClasspathResource("bench/InspectionBaseline.bpmn")
                .addClasspathResource("bpmn/InspectionOutcome.dmn")
                .enableDuplicateFiltering(true).deploy();
    }

    /** Starts {@code count} instances one after the other, each in its own transaction; returns starts/s. */
    double startRate(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            startInstance("start", List.of("baseline.a", "baseline.b"));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs lifecycles like {@link HttpLifecycles}, with the Java API, on {@code clients} threads: {@code perClient}
     * each or until {@code limit} has passed. The approval's "answer" is its return; the order's counterpart is the
     * process reaching the wait for the hand-in, after the asynchronous no-op order step.
     */
    HttpLifecycles.Result lifecycles(int clients, int perClient, Duration limit) throws Exception {
        List<Double> completions = Collections.synchronizedList(new ArrayList<>());
        List<Double> approvalToWait = Collections.synchronizedList(new ArrayList<>());
        List<Double> handIns = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String a = "baseline.a" + c;
                String b = "baseline.b" + c;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                        lifecycle(a, b, completions, approvalToWait, handIns);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        lastApprovalToWaitMillis = List.copyOf(approvalToWait);
        return new HttpLifecycles.Result((System.nanoTime() - start) / 1e9, done.get(), completions, List.of(),
                List.of(), Map.of(), handIns, null);
    }

    /** Of the last {@link #lifecycles} run: approval answered to the process waiting for the hand-in, per lifecycle. */
    List<Double> lastApprovalToWaitMillis() {
        return lastApprovalToWaitMillis;
    }

    private void lifecycle(String a, String b, List<Double> completions, List<Double> approvalToWait,
                           List<Double> handIns) {
        TaskService tasks = engine.getTaskService();
        String key = startInstance("life", List.of(a, b));
        Task onSite = awaitTask(key, "Task_InspectOnSite");
        tasks.claim(onSite.getId(), a);
        HttpLifecycles.timed(completions, () -> {
            tasks.complete(onSite.getId(), Map.of("minorFindings", 3, "majorFindings", 0, "criticalFindings", 0));
            return null;
        });
        Task review = awaitTask(key, "Task_ReviewInspection");
        HttpLifecycles.timed(completions, () -> {
            tasks.complete(review.getId(), Map.of("reviewApproved", true));
            return null;
        });
        long approved = System.nanoTime();
        HttpLifecycles.poll(() -> engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(key)
                .activityId("Task_AwaitRectification").count() > 0 ? Boolean.TRUE : null);
        approvalToWait.add((System.nanoTime() - approved) / 1e6);
        engine.getRuntimeService().createMessageCorrelation("Message_RectificationSubmitted")
                .processInstanceBusinessKey(key).correlate();
        long handedIn = System.nanoTime();
        Task verify = awaitTask(key, "Task_VerifyRectification");
        handIns.add((System.nanoTime() - handedIn) / 1e6);
        HttpLifecycles.timed(completions, () -> {
            tasks.complete(verify.getId(), Map.of("rectificationAccepted", true));
            return null;
        });
    }

    private Task awaitTask(String businessKey, String taskKey) {
        return HttpLifecycles.poll(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult());
    }

    private String startInstance(String prefix, List<String> team) {
        String key = prefix + "-" + keys.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put("inspectionId", keys.get());
        variables.put("partyId", keys.get());
        variables.put("province", "SC");
        variables.put("teamUsers", team);
        variables.put("supervisorGroup", "supervisor-sc");
        variables.put("rectificationRound", 0);
        variables.put("rectificationRejections", 0);
        variables.put("rectificationReminderAt", "2099-01-01T00:00:00");
        variables.put("rectificationDueAt", "2099-02-01T00:00:00");
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, key, variables);
        return key;
    }

    /** Waits until no asynchronous step of the baseline is due. */
    void drain() {
        HttpLifecycles.poll(() -> engine.getManagementService().createJobQuery().executable().count() == 0
                ? Boolean.TRUE : null);
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
