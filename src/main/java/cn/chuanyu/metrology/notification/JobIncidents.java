package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.NotFoundException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Failed jobs of any process that ran out of retries (incidents), with the process, business key, step and the
 * notice a send task was about, and retrying one: the job runs again (a notice that went out meanwhile is not
 * sent twice), and the retry is audited.
 */
@Service
class JobIncidents {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    JobIncidents(RuntimeService runtime, ManagementService management, RepositoryService repository,
                 JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open failed-job incidents, newest first, at most {@code limit}. */
    List<IncidentView> list(int limit) {
        return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp().desc().listPage(0, limit).stream().map(this::view).toList();
    }

    /** How many failed-job incidents are open. */
    long count() {
        return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).count();
    }

    /** Gives the failed job one more run; 404 for an unknown (or already resolved) incident. */
    @Transactional
    void retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult();
        if (incident == null) {
            throw new NotFoundException("problem.incident.notFound", incidentId);
        }
        // the failed job's due date lies after its last retry interval: make it due now, then give it a retry
        management.setJobDuedate(incident.getConfiguration(), Date.from(clock.instant()));
        management.setJobRetries(incident.getConfiguration(), 1);
        var detail = new LinkedHashMap<String, Object>();
        detail.put("jobId", incident.getConfiguration());
        detail.put("processInstanceId", incident.getProcessInstanceId());
        detail.put("activityId", incident.getActivityId());
        detail.put("message", incident.getIncidentMessage());
        audit.record("INCIDENT_RETRIED", "incident", incidentId, detail);
    }

    private IncidentView view(Incident incident) {
        Long noticeId = jdbc.sql("""
                        select id from notice where process_instance_id = :pi and split_part(step, '#', 1) = :activity
                        order by id desc limit 1""")
                .param("pi", incident.getProcessInstanceId()).param("activity", incident.getActivityId())
                .query(Long.class).optional().orElse(null);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        var definition = repository.getProcessDefinition(incident.getProcessDefinitionId());
        FlowElement step = repository.getBpmnModelInstance(definition.getId())
                .getModelElementById(incident.getActivityId());
        return new IncidentView(incident.getId(), incident.getProcessInstanceId(), definition.getKey(),
                instance == null ? null : instance.getBusinessKey(), incident.getActivityId(),
                step == null ? null : step.getName(), incident.getConfiguration(), incident.getIncidentMessage(),
                OffsetDateTime.ofInstant(incident.getIncidentTimestamp().toInstant(), ZoneId.systemDefault()),
                noticeId);
    }

    /**
     * An incident as an ADMIN sees it: the process (definition key, business key), the step (id and name), the
     * failed job, its error; {@code noticeId} when the failed job is a notice's send task.
     */
    record IncidentView(String id, String processInstanceId, String processKey, String businessKey,
                        String activityId, String activityName, String jobId, String message,
                        OffsetDateTime createdAt, Long noticeId) {

        /** Whether the business key is an inspection's id, so the page can link to it. */
        public boolean inspection() {
            return "Inspection".equals(processKey) && businessKey != null && businessKey.matches("\\d{1,18}");
        }
    }
}
