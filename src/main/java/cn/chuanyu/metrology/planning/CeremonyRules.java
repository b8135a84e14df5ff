package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.security.Role;

import java.util.Optional;

/**
 * Who takes part in a campaign's seed ceremony: whoever may open the campaign names its public random value;
 * supervisors of a campaign province commit and reveal their own province's secret; any supervisor of a campaign
 * province, or an administrator, enters the public value once it is out. The server commits and reveals its own.
 */
final class CeremonyRules {

    private CeremonyRules() {
    }

    static Optional<Message> commitRefusal(Campaign campaign, Contributor contributor, Role role, String province) {
        return switch (contributor) {
            case SERVER -> Optional.of(Message.of("problem.draw.serverCommits"));
            case BEACON -> CampaignRules.refusal(campaign.movedTo(campaign.periodStart()), role, province);
            case SUPERVISOR_CQ, SUPERVISOR_SC -> supervisorRefusal(campaign, contributor, role, province);
        };
    }

    static Optional<Message> revealRefusal(Campaign campaign, Contributor contributor, Role role, String province) {
        return switch (contributor) {
            case SERVER -> Optional.of(Message.of("problem.draw.serverReveals"));
            case BEACON -> role == Role.ADMIN || role == Role.SUPERVISOR && campaign.provinces().contains(province)
                    ? Optional.empty()
                    : Optional.of(Message.of("problem.draw.beaconRevealers"));
            case SUPERVISOR_CQ, SUPERVISOR_SC -> supervisorRefusal(campaign, contributor, role, province);
        };
    }

    private static Optional<Message> supervisorRefusal(Campaign campaign, Contributor contributor, Role role,
                                                      String province) {
        if (!campaign.provinces().contains(contributor.province())) {
            return Optional.of(Message.of("problem.draw.contributorNotInCampaign", contributorName(contributor)));
        }
        return role == Role.SUPERVISOR && contributor.province().equals(province) ? Optional.empty()
                : Optional.of(Message.of("problem.draw.ownProvinceContributor", contributorName(contributor)));
    }

    static Message contributorName(Contributor contributor) {
        return Message.of("campaign.contributor." + contributor);
    }
}
