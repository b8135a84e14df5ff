package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.planning.draw.DrawParameters;
import cn.chuanyu.metrology.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who may create which campaign, and the checks across fields that annotations cannot express. */
final class CampaignRules {

    private static final Set<String> BOTH_PROVINCES = Set.of("SC", "CQ");

    private CampaignRules() {
    }

    /**
     * Every broken rule across fields; {@code now} and {@code beaconLead} check that a named beacon is due late
     * enough for the register to be frozen before anyone can know its value.
     */
    static List<FieldProblem> check(NewCampaign campaign, Set<String> knownCategories, Instant now,
                                    Duration beaconLead) {
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
        checkBeacon(campaign, now, beaconLead, errors);
        if (!DrawParameters.RISK_CLASSES.containsAll(campaign.minimumPerRiskClass().keySet())) {
            errors.add(FieldProblem.of("minimumPerRiskClass", "problem.json.notOneOf", "LOW, MEDIUM, HIGH"));
        }
        if (campaign.recurrence() != null) {
            Recurrence.problem(campaign.recurrence())
                    .ifPresent(problem -> errors.add(new FieldProblem("recurrence", problem)));
        }
        return errors;
    }

    /**
     * The beacon is named with the time its value is published, which must leave the freeze room before it: from
     * now for a campaign, from the first occurrence for a recurring one (each occurrence's beacon is due as much later
     * as the occurrence).
     */
    private static void checkBeacon(NewCampaign campaign, Instant now, Duration lead, List<FieldProblem> errors) {
        boolean named = campaign.beaconSource() != null && !campaign.beaconSource().isBlank();
        if (named != (campaign.beaconDueAt() != null)) {
            errors.add(FieldProblem.of(named ? "beaconDueAt" : "beaconSource", "problem.campaign.beaconTogether"));
            return;
        }
        if (!named) {
            if (campaign.recurrence() != null) {
                errors.add(FieldProblem.of("beaconSource", "problem.campaign.recurringBeacon"));
            }
            return;
        }
        if (campaign.beaconSource().indexOf('\n') >= 0 || campaign.beaconSource().indexOf('\r') >= 0) {
            errors.add(FieldProblem.of("beaconSource", "problem.campaign.oneLine"));
        }
        Instant from = campaign.recurrence() == null ? now
                : Recurrence.parse(campaign.recurrence()).map(r -> r.start().toInstant()).orElse(now);
        if (!campaign.beaconDueAt().toInstant().isAfter(from.plus(lead))) {
            errors.add(FieldProblem.of("beaconDueAt", campaign.recurrence() == null ? "problem.campaign.beaconLead"
                    : "problem.campaign.beaconLeadRecurring", lead.toMinutes()));
        }
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
