package cn.chuanyu.metrology.planning.process;

import cn.chuanyu.metrology.planning.CampaignSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the draw over the frozen inputs and stores the selection with its teams. */
@Component
class DrawPartiesAndTeamsDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    DrawPartiesAndTeamsDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.draw(CampaignProcess.campaignId(execution));
    }
}
