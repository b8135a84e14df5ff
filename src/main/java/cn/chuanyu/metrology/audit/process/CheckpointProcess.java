package cn.chuanyu.metrology.audit.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the AuditCheckpoint process ({@code bpmn/AuditCheckpoint.bpmn}): its key, message and variables. */
public final class CheckpointProcess {

    public static final String KEY = "AuditCheckpoint";
    /** Message that starts the process when an administrator asks for a checkpoint. */
    public static final String REQUESTED_MESSAGE = "AuditCheckpointRequested";
    /** Who asked (absent when the timer fired). */
    public static final String REQUESTED_BY = "checkpointRequestedBy";
    /** The number of the checkpoint the process wrote. */
    public static final String NUMBER = "checkpointNumber";

    private CheckpointProcess() {
    }

    static String requestedBy(DelegateExecution execution) {
        return (String) execution.getVariable(REQUESTED_BY);
    }

    static long number(DelegateExecution execution) {
        return ((Number) execution.getVariable(NUMBER)).longValue();
    }

    /** The number written by a process instance that is still running (it waits to mail the checkpoint). */
    public static long number(RuntimeService runtime, String processInstanceId) {
        return ((Number) runtime.getVariable(processInstanceId, NUMBER)).longValue();
    }
}
