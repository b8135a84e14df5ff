package cn.chuanyu.metrology.planning.draw;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a {@code chuanyu-draw/2} draw reads except its seed, fixed at the freeze and published: the campaign,
 * the parameters, the planned days, the register, the inspector pool, and what the eligibility rules left out.
 *
 * @param plannedDays the working days of the campaign's window (ascending): drawn parties are planned on them in turn
 */
public record FrozenInputs(long campaignId, DrawParameters parameters, List<LocalDate> plannedDays,
                           List<RegisterLine> register, List<PoolInspector> inspectors,
                           List<PartyExclusion> partyExclusions, List<PoolExclusion> inspectorExclusions) {

    public FrozenInputs {
        plannedDays = plannedDays.stream().distinct().sorted().toList();
        if (plannedDays.isEmpty()) {
            throw new IllegalArgumentException("the window of campaign " + campaignId + " has no working day");
        }
        register = register.stream().sorted(Comparator.comparingLong(RegisterLine::partyId)).toList();
        inspectors = inspectors.stream().sorted(Comparator.comparingLong(PoolInspector::inspectorId)).toList();
        partyExclusions = partyExclusions.stream().sorted(PartyExclusion.ORDER).toList();
        inspectorExclusions = inspectorExclusions.stream().sorted(Comparator.comparingLong(PoolExclusion::inspectorId)
                .thenComparing(exclusion -> exclusion.reason().name())).toList();
    }

    public String registerSha256() {
        return Sha256.hex(CanonicalText.register(register));
    }

    public String inspectorsSha256() {
        return Sha256.hex(CanonicalText.inspectors(inspectors));
    }

    public String partyExclusionsSha256() {
        return Sha256.hex(CanonicalText.partyExclusions(partyExclusions));
    }

    public String inspectorExclusionsSha256() {
        return Sha256.hex(CanonicalText.inspectorExclusions(inspectorExclusions));
    }

    /** The hash the seed is bound to: parameters, planned days and the hashes of the four lists. */
    public String frozenSha256() {
        return Sha256.hex(CanonicalText.frozen(this));
    }

    /** The planned date of selection position k (from 1): the planned days in turn. */
    public LocalDate plannedDate(int position) {
        return plannedDays.get((position - 1) % plannedDays.size());
    }
}
