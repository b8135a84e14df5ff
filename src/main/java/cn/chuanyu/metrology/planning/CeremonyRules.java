package cn.chuanyu.metrology.planning;

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

    static Optional<String> commitRefusal(Campaign campaign, Contributor contributor, Role role, String province) {
        return switch (contributor) {
            case SERVER -> Optional.of("the server commits its own contribution when the campaign is created");
            case BEACON -> CampaignRules.refusal(campaign.movedTo(campaign.periodStart()), role, province);
            case SUPERVISOR_CQ, SUPERVISOR_SC -> supervisorRefusal(campaign, contributor, role, province);
        };
    }

    static Optional<String> revealRefusal(Campaign campaign, Contributor contributor, Role role, String province) {
        return switch (contributor) {
            case SERVER -> Optional.of("the server reveals its own contribution when the register is frozen");
            case BEACON -> role == Role.ADMIN || role == Role.SUPERVISOR && campaign.provinces().contains(province)
                    ? Optional.empty()
                    : Optional.of("a supervisor of the campaign's provinces or an administrator enters the public value");
            case SUPERVISOR_CQ, SUPERVISOR_SC -> supervisorRefusal(campaign, contributor, role, province);
        };
    }

    private static Optional<String> supervisorRefusal(Campaign campaign, Contributor contributor, Role role,
                                                      String province) {
        if (!campaign.provinces().contains(contributor.province())) {
            return Optional.of(contributor + " does not belong to a province of this campaign");
        }
        return role == Role.SUPERVISOR && contributor.province().equals(province) ? Optional.empty()
                : Optional.of("only a supervisor of " + contributor.province() + " makes the " + contributor
                + " contribution");
    }
}
