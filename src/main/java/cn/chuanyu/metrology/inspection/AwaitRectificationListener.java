package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Marks the inspection RECTIFYING when the process reaches the step that waits for the hand-in. */
@Component
class AwaitRectificationListener implements ExecutionListener {

    private final InspectionSteps steps;

    AwaitRectificationListener(InspectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        steps.awaitRectification((Long) execution.getVariable(InspectionProcess.INSPECTION_ID));
    }
}
