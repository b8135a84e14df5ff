package cn.chuanyu.metrology.planning.process;

import cn.chuanyu.metrology.planning.CampaignSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts the next batch of drawn inspections and tells the gateway whether any are left. */
@Component
class StartInspectionBatchDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    StartInspectionBatchDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CampaignProcess.ALL_STARTED,
                steps.startNextBatch(CampaignProcess.campaignId(execution)));
    }
}
