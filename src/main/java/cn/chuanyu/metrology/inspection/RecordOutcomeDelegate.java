package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the outcome the DMN table decided on the inspection row. */
@Component
class RecordOutcomeDelegate implements JavaDelegate {

    private final InspectionSteps steps;

    RecordOutcomeDelegate(InspectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long inspectionId = (Long) execution.getVariable(InspectionProcess.INSPECTION_ID);
        steps.recordOutcome(inspectionId, Outcome.valueOf((String) execution.getVariable(InspectionProcess.OUTCOME)));
    }
}
