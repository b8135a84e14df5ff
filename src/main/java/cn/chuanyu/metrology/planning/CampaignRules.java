package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.CampaignProblem.FieldError;
import cn.chuanyu.metrology.planning.draw.CanonicalForm;
import cn.chuanyu.metrology.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who may create which campaign, and the checks across fields that annotations cannot express. */
final class CampaignRules {

    private static final Set<String> BOTH_PROVINCES = Set.of("SC", "CQ");

    private CampaignRules() {
    }

    static List<FieldError> check(NewCampaign campaign, Set<String> knownCategories) {
        List<FieldError> errors = new ArrayList<>();
        if ((campaign.sampleCount() == null) == (campaign.sampleRatio() == null)) {
            errors.add(new FieldError("sampleCount", "give either a sample count or a sample ratio"));
        }
        if (campaign.periodStart() != null && campaign.periodEnd() != null
                && campaign.periodEnd().isBefore(campaign.periodStart())) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        if (campaign.windowStart() != null && campaign.windowEnd() != null
                && campaign.windowEnd().isBefore(campaign.windowStart())) {
            errors.add(new FieldError("windowEnd", "must not be before windowStart"));
        }
        if (campaign.categories() != null && !knownCategories.containsAll(campaign.categories())) {
            errors.add(new FieldError("categories", "unknown or inactive instrument category"));
        }
        checkProvinces(campaign, errors);
        boolean noSeed = campaign.seed() == null || campaign.seed().isBlank();
        if (noSeed && (campaign.seedSource() == null || campaign.seedSource().isBlank())) {
            errors.add(new FieldError("seed", "give the seed, or name the public value it will be taken from"));
        } else if (noSeed && campaign.recurrence() != null) {
            errors.add(new FieldError("seed", "a recurring campaign needs its seed now"));
        }
        if (!CanonicalForm.RISK_CLASSES.containsAll(campaign.minimumPerRiskClass().keySet())) {
            errors.add(new FieldError("minimumPerRiskClass", "risk classes are LOW, MEDIUM and HIGH"));
        }
        if (campaign.recurrence() != null) {
            Recurrence.problem(campaign.recurrence())
                    .ifPresent(problem -> errors.add(new FieldError("recurrence", problem)));
        }
        return errors;
    }

    /** Why the person may not create (or open) this campaign, if they may not. */
    static Optional<String> refusal(NewCampaign campaign, Role role, String province) {
        return switch (role) {
            case ADMIN -> Optional.empty();
            case INSPECTOR -> Optional.of("inspectors do not plan campaigns");
            case SUPERVISOR -> campaign.joint()
                    ? Optional.of("only an administrator creates joint campaigns")
                    : campaign.provinces().equals(Set.of(province)) ? Optional.empty()
                    : Optional.of("a supervisor plans campaigns of their own province only");
        };
    }

    private static void checkProvinces(NewCampaign campaign, List<FieldError> errors) {
        if (campaign.provinces() == null) {
            return;
        }
        if (campaign.joint() && !campaign.provinces().equals(BOTH_PROVINCES)) {
            errors.add(new FieldError("provinces", "a joint campaign covers SC and CQ"));
        }
        if (!campaign.joint() && campaign.provinces().size() != 1) {
            errors.add(new FieldError("provinces", "a single-province campaign names one province"));
        }
    }
}
