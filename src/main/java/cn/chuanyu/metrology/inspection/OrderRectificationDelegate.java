package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Orders a round of rectification and hands its deadline and reminder time to the timers as ISO dates. */
@Component
class OrderRectificationDelegate implements JavaDelegate {

    private final InspectionSteps steps;

    OrderRectificationDelegate(InspectionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var order = steps.orderRectification((Long) execution.getVariable(InspectionProcess.INSPECTION_ID));
        execution.setVariable(InspectionProcess.RECTIFICATION_ROUND, order.round());
        execution.setVariable(InspectionProcess.RECTIFICATION_DUE_AT, order.schedule().dueAt());
        execution.setVariable(InspectionProcess.RECTIFICATION_REMINDER_AT, order.schedule().reminderAt());
    }
}
