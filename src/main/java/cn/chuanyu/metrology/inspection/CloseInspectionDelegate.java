package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the inspection once its result notice is requested. */
@Component
class CloseInspectionDelegate implements JavaDelegate {

    private final InspectionSteps steps;

    CloseInspectionDelegate(InspectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.close((Long) execution.getVariable(InspectionProcess.INSPECTION_ID));
    }
}
