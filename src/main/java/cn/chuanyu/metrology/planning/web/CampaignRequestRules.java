package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.RequestRules;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.planning.NewCampaign;
import org.springframework.stereotype.Component;

import java.util.List;

/** The campaign rules across fields, checked with a new campaign's own constraints in one answer. */
@Component
class CampaignRequestRules implements RequestRules<NewCampaign> {

    private final Campaigns campaigns;

    CampaignRequestRules(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Class<NewCampaign> requestType() {
        return NewCampaign.class;
    }

    @Override
    public List<FieldProblem> problems(NewCampaign request) {
        return campaigns.problems(request);
    }
}
