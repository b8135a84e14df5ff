package cn.chuanyu.metrology.audit.process;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records who completed which task of which process instance (with the instance's small variable values, which
 * include a review decision), and when a process instance started and ended.
 */
@Component
class ProcessAuditListener implements ExecutionListener, TaskListener {

    /** Values longer than this are left out of the record: it keeps ids and decisions, not documents. */
    private static final int MAX_VALUE_LENGTH = 200;

    private final AuditLog auditLog;

    ProcessAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String action = ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
                ? "PROCESS_STARTED" : "PROCESS_ENDED";
        var detail = new LinkedHashMap<String, Object>();
        detail.put("processDefinitionKey", definitionKey(execution.getProcessDefinitionId()));
        putIfPresent(detail, "businessKey", execution.getProcessBusinessKey());
        record(new AuditEntry(action, "process-instance", execution.getProcessInstanceId(), detail));
    }

    @Override
    public void notify(DelegateTask task) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("processInstanceId", task.getProcessInstanceId());
        detail.put("processDefinitionKey", definitionKey(task.getProcessDefinitionId()));
        detail.put("taskDefinitionKey", task.getTaskDefinitionKey());
        putIfPresent(detail, "assignee", task.getAssignee());
        smallValues(task.getVariables()).forEach(detail::putIfAbsent);
        record(new AuditEntry("TASK_COMPLETED", "task", task.getId(), detail));
    }

    /** The actor is the user the engine acts for, else the signed-in user of this thread, else the system. */
    private void record(AuditEntry entry) {
        Authentication engineUser = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            auditLog.recordAs(engineUser.getUserId(), entry);
        } else {
            auditLog.record(entry);
        }
    }

    private static Map<String, Object> smallValues(Map<String, Object> variables) {
        var small = new LinkedHashMap<String, Object>();
        variables.forEach((name, value) -> {
            if (value instanceof Boolean || value instanceof Number
                    || value instanceof String text && text.length() <= MAX_VALUE_LENGTH) {
                small.put(name, value);
            }
        });
        return small;
    }

    private static void putIfPresent(Map<String, Object> detail, String key, String value) {
        if (value != null) {
            detail.put(key, value);
        }
    }

    private static String definitionKey(String definitionId) {
        return definitionId == null ? null : definitionId.split(":")[0];
    }
}
