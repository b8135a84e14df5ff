package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code inspection_task} in step with the engine's open user tasks, in the engine's transaction, so
 * "my tasks" and review queues never page through the engine's task query.
 */
@Component
class TrackOpenTaskListener implements TaskListener {

    private final InspectionSteps steps;

    TrackOpenTaskListener(InspectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> steps.taskOpened(task.getId(),
                    (Long) task.getVariable(InspectionProcess.INSPECTION_ID),
                    TaskKind.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow(), task.getCreateTime().toInstant());
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> steps.taskClosed(task.getId());
            default -> {
            }
        }
    }
}
