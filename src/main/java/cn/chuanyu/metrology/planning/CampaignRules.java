package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.CampaignProblem.FieldError;
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
    static List<FieldError> check(NewCampaign campaign, Set<String> knownCategories, Instant now, Duration beaconLead) {
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
        checkBeacon(campaign, now, beaconLead, errors);
        if (!DrawParameters.RISK_CLASSES.containsAll(campaign.minimumPerRiskClass().keySet())) {
            errors.add(new FieldError("minimumPerRiskClass", "risk classes are LOW, MEDIUM and HIGH"));
        }
        if (campaign.recurrence() != null && Recurrence.parse(campaign.recurrence()).isEmpty()) {
            errors.add(new FieldError("recurrence", "must be an ISO-8601 repeating interval like "
                    + "R/2027-01-01T00:00:00+08:00/P3M"));
        }
        return errors;
    }

    /**
     * The beacon is named with the time its value is published, which must leave the freeze room before it: from
     * now for a campaign, from the first occurrence for a recurring one (each occurrence's beacon is due as much later
     * as the occurrence).
     */
    private static void checkBeacon(NewCampaign campaign, Instant now, Duration lead, List<FieldError> errors) {
        boolean named = campaign.beaconSource() != null && !campaign.beaconSource().isBlank();
        if (named != (campaign.beaconDueAt() != null)) {
            errors.add(new FieldError(named ? "beaconDueAt" : "beaconSource",
                    "name the public random value and the time it is published together"));
            return;
        }
        if (!named) {
            if (campaign.recurrence() != null) {
                errors.add(new FieldError("beaconSource", "a recurring campaign names its public random value now"
                        + " (write {date} where each occurrence's date goes)"));
            }
            return;
        }
        if (campaign.beaconSource().indexOf('\n') >= 0 || campaign.beaconSource().indexOf('\r') >= 0) {
            errors.add(new FieldError("beaconSource", "must be one line"));
        }
        Instant from = campaign.recurrence() == null ? now
                : Recurrence.parse(campaign.recurrence()).map(r -> r.start().toInstant()).orElse(now);
        if (!campaign.beaconDueAt().toInstant().isAfter(from.plus(lead))) {
            errors.add(new FieldError("beaconDueAt", "must be more than " + lead.toMinutes() + " minutes after "
                    + (campaign.recurrence() == null ? "now" : "the first occurrence")
                    + ", so the register is frozen before the value is known"));
        }
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
