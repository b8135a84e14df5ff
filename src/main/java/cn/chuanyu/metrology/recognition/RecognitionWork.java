package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.kernel.ConflictException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

import static cn.chuanyu.metrology.recognition.RecognitionProcess.*;

/** The Recognition process as the module drives it: start, complete its user tasks, signal a revoked result. */
@Component
class RecognitionWork {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RecognitionStore store;
    private final Clock clock;

    RecognitionWork(RuntimeService runtime, TaskService tasks, RecognitionStore store, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.store = store;
        this.clock = clock;
    }

    void start(long id, long partyId, String province) {
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_ID, String.valueOf(id), Map.of(
                RECOGNITION_ID, id, PARTY_ID, partyId, PROVINCE, province,
                SUPERVISOR_GROUP, supervisorGroup(province))).getId();
        store.processStarted(id, processInstanceId);
    }

    void completeDecision(RecognitionView row, boolean accepted) {
        String endsAt = row.validUntil().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
        tasks.complete(openTask(row, TASK_DECIDE).getId(), Map.of(ACCEPTED, accepted, RECOGNITION_ENDS_AT, endsAt));
    }

    void completeReview(RecognitionView row) {
        tasks.complete(openTask(row, TASK_REVIEW_WITHDRAWAL).getId());
    }

    void signalRevoked(long id, String reason) {
        runtime.createMessageCorrelation(MESSAGE_RESULT_REVOKED).processInstanceBusinessKey(String.valueOf(id))
                .setVariable("withdrawnReason", reason).correlateAll();
    }

    RecognitionView withOpenTask(RecognitionView row) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(row.id()))
                .processDefinitionKey(PROCESS_ID).active().singleResult();
        return task == null ? row : row.withOpenTask(task.getTaskDefinitionKey());
    }

    private Task openTask(RecognitionView row, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(row.id()))
                .processDefinitionKey(PROCESS_ID).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new ConflictException("problem.recognition.noOpenTask", row.id());
        }
        return task;
    }
}
