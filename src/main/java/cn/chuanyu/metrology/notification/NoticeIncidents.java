package cn.chuanyu.metrology.notification;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Failed jobs that ran out of retries (incidents), the notice each belongs to, and retrying one: the job runs
 * again, and a notice that went out meanwhile is not sent twice.
 */
@Service
class NoticeIncidents {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeIncidents(RuntimeService runtime, ManagementService management, JdbcClient jdbc, Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Open failed-job incidents, newest first, at most {@code limit}. */
    List<IncidentView> list(int limit) {
        return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp().desc().listPage(0, limit).stream().map(this::view).toList();
    }

    /** Gives the failed job one more run; 404 for an unknown (or already resolved) incident. */
    void retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult();
        if (incident == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No open failed-job incident " + incidentId);
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        // the failed job's due date lies after its last retry interval: make it due now, then give it a retry
        management.setJobDuedate(incident.getConfiguration(), Date.from(clock.instant()));
        management.setJobRetries(incident.getConfiguration(), 1);
    }

    private IncidentView view(Incident incident) {
        Long noticeId = jdbc.sql("""
                        select id from notice where process_instance_id = :pi and split_part(step, '#', 1) = :activity
                        order by id desc limit 1""")
                .param("pi", incident.getProcessInstanceId()).param("activity", incident.getActivityId())
                .query(Long.class).optional().orElse(null);
        return new IncidentView(incident.getId(), incident.getProcessInstanceId(), incident.getActivityId(),
                incident.getConfiguration(), incident.getIncidentMessage(),
                OffsetDateTime.ofInstant(incident.getIncidentTimestamp().toInstant(), ZoneId.systemDefault()),
                noticeId);
    }

    /** An incident as an ADMIN sees it; {@code noticeId} when the failed job is a notice's send task. */
    record IncidentView(String id, String processInstanceId, String activityId, String jobId, String message,
                        OffsetDateTime createdAt, Long noticeId) {
    }
}
