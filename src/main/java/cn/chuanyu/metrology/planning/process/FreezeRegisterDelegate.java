package cn.chuanyu.metrology.planning.process;

import cn.chuanyu.metrology.planning.CampaignSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Freezes the campaign's register, weights and inspector pool before the draw. */
@Component
class FreezeRegisterDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    FreezeRegisterDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.freezeRegister(CampaignProcess.campaignId(execution));
    }
}
