package cn.chuanyu.metrology.planning.process;

import cn.chuanyu.metrology.planning.RecurringCampaigns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** When a recurring campaign's timer fires, opens its next occurrence (once, whatever the number of nodes). */
@Component
class OpenCampaignOccurrenceDelegate implements JavaDelegate {

    private final RecurringCampaigns campaigns;

    OpenCampaignOccurrenceDelegate(RecurringCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.openOccurrenceDue(CampaignProcess.seriesId(execution));
    }
}
