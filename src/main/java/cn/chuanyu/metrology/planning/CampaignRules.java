package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.Message;
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

    static List<FieldProblem> check(NewCampaign campaign, Set<String> knownCategories) {
        List<FieldProblem> errors = new ArrayList<>();
        if ((campaign.sampleCount() == null) == (campaign.sampleRatio() == null)) {
            errors.add(FieldProblem.of("sampleCount", "problem.campaign.sampleCountOrRatio"));
        }
        if (campaign.periodStart() != null && campaign.periodEnd() != null
                && campaign.periodEnd().isBefore(campaign.periodStart())) {
            errors.add(FieldProblem.of("periodEnd", "problem.notBefore", "periodStart"));
        }
        if (campaign.windowStart() != null && campaign.windowEnd() != null
                && campaign.windowEnd().isBefore(campaign.windowStart())) {
            errors.add(FieldProblem.of("windowEnd", "problem.notBefore", "windowStart"));
        }
        if (campaign.categories() != null && !knownCategories.containsAll(campaign.categories())) {
            errors.add(FieldProblem.of("categories", "problem.campaign.unknownCategory"));
        }
        checkProvinces(campaign, errors);
        boolean noSeed = campaign.seed() == null || campaign.seed().isBlank();
        if (noSeed && (campaign.seedSource() == null || campaign.seedSource().isBlank())) {
            errors.add(FieldProblem.of("seed", "problem.campaign.seedOrSource"));
        } else if (noSeed && campaign.recurrence() != null) {
            errors.add(FieldProblem.of("seed", "problem.campaign.recurringSeed"));
        }
        if (!CanonicalForm.RISK_CLASSES.containsAll(campaign.minimumPerRiskClass().keySet())) {
            errors.add(FieldProblem.of("minimumPerRiskClass", "problem.json.notOneOf", "LOW, MEDIUM, HIGH"));
        }
        if (campaign.recurrence() != null && Recurrence.parse(campaign.recurrence()).isEmpty()) {
            errors.add(FieldProblem.of("recurrence", "problem.campaign.recurrence"));
        }
        return errors;
    }

    /** Why the person may not create (or open) this campaign, if they may not. */
    static Optional<Message> refusal(NewCampaign campaign, Role role, String province) {
        return switch (role) {
            case ADMIN -> Optional.empty();
            case INSPECTOR -> Optional.of(Message.of("problem.campaign.inspectorsDoNotPlan"));
            case SUPERVISOR -> campaign.joint()
                    ? Optional.of(Message.of("problem.campaign.jointByAdmin"))
                    : campaign.provinces().equals(Set.of(province)) ? Optional.empty()
                    : Optional.of(Message.of("problem.campaign.ownProvince"));
        };
    }

    private static void checkProvinces(NewCampaign campaign, List<FieldProblem> errors) {
        if (campaign.provinces() == null) {
            return;
        }
        if (campaign.joint() && !campaign.provinces().equals(BOTH_PROVINCES)) {
            errors.add(FieldProblem.of("provinces", "problem.campaign.jointProvinces"));
        }
        if (!campaign.joint() && campaign.provinces().size() != 1) {
            errors.add(FieldProblem.of("provinces", "problem.campaign.oneProvince"));
        }
    }
}
