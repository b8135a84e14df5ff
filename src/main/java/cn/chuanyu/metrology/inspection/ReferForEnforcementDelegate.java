package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the inspection failed and referred for enforcement (移送立案). */
@Component
class ReferForEnforcementDelegate implements JavaDelegate {

    private final InspectionSteps steps;

    ReferForEnforcementDelegate(InspectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.referForEnforcement((Long) execution.getVariable(InspectionProcess.INSPECTION_ID));
        execution.setVariable(InspectionProcess.OUTCOME, Outcome.FAIL.name());
    }
}
