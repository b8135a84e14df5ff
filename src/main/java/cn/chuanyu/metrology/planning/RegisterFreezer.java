package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.PartyInspectionRecord;
import cn.chuanyu.metrology.planning.Eligibility.Eligible;
import cn.chuanyu.metrology.planning.RegisterQuery.Candidate;
import cn.chuanyu.metrology.planning.draw.FrozenInputs;
import cn.chuanyu.metrology.planning.draw.PoolInspector;
import cn.chuanyu.metrology.planning.draw.RegisterLine;
import cn.chuanyu.metrology.recognition.Recognitions;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.registry.StaffRole;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Freezes what a campaign's draw reads, on one day (Asia/Shanghai): the planned days from the inspection module's
 * working calendar, the register (eligibility by {@link Eligibility}, risk weights with refusals of recognition,
 * previous teams and declared conflicts), the inspector pool ({@link InspectorPool}) and what was left out.
 * Other modules are read through their Java APIs and the registry's published views only.
 */
@Component
class RegisterFreezer {

    private static final int RECORDS_PER_CALL = 5_000;

    private final RegisterQuery register;
    private final Registry registry;
    private final Inspections inspections;
    private final Recognitions recognitions;
    private final RiskWeights riskWeights;

    RegisterFreezer(RegisterQuery register, Registry registry, Inspections inspections, Recognitions recognitions,
                    RiskWeights riskWeights) {
        this.register = register;
        this.registry = registry;
        this.inspections = inspections;
        this.recognitions = recognitions;
        this.riskWeights = riskWeights;
    }

    /** The rules applied to the registry as it stands on the given day, before weights are worked out. */
    record Prepared(List<LocalDate> plannedDays, Eligibility.Outcome eligibility, InspectorPool.Outcome pool,
                    Map<Long, StaffMember> staff) {
    }

    Prepared prepare(Campaign campaign, LocalDate on) {
        List<LocalDate> plannedDays = inspections.workingDaysBetween(campaign.windowStart(), campaign.windowEnd());
        if (plannedDays.isEmpty()) {
            throw new ConflictException("problem.campaign.noWorkingDayInWindow", campaign.windowStart(),
                    campaign.windowEnd());
        }
        List<Candidate> candidates = register.candidates(campaign.partyKind(), campaign.provinces(),
                campaign.categories(), on);
        Map<Long, Long> open = inspections.openInspectionsOf(candidates.stream().map(Candidate::partyId).toList());
        Map<String, Map<Long, Set<String>>> recognised = new HashMap<>();
        campaign.provinces().forEach(province ->
                recognised.put(province, recognitions.recognisedCategories(province, on)));
        Map<Long, StaffMember> staff = new HashMap<>();
        campaign.provinces().forEach(province -> registry.activeStaff(StaffRole.INSPECTOR, province)
                .forEach(inspector -> staff.put(inspector.id(), inspector)));
        return new Prepared(plannedDays, Eligibility.of(candidates, open, recognised), InspectorPool.of(staff.values(),
                register.certificates(campaign.provinces()), campaign.categories(), plannedDays.get(0)), staff);
    }

    CampaignCapacity capacity(Campaign campaign, LocalDate on) {
        Prepared prepared = prepare(campaign, on);
        return CapacityEstimate.of(campaign.drawParameters(), prepared.eligibility().eligible().stream()
                        .map(eligible -> eligible.candidate().riskClass()).toList(), prepared.pool().pool(),
                prepared.pool().exclusions().size(), prepared.plannedDays());
    }

    FrozenInputs freeze(Campaign campaign, LocalDate on) {
        Prepared prepared = prepare(campaign, on);
        Map<Long, List<Long>> conflicts = new HashMap<>();
        for (PoolInspector inspector : prepared.pool().pool()) {
            prepared.staff().get(inspector.inspectorId()).conflictPartyIds().forEach(party ->
                    conflicts.computeIfAbsent(party, p -> new ArrayList<>()).add(inspector.inspectorId()));
        }
        return new FrozenInputs(campaign.id(), campaign.drawParameters(), prepared.plannedDays(),
                lines(campaign, prepared.eligibility().eligible(), conflicts), prepared.pool().pool(),
                prepared.eligibility().exclusions(), prepared.pool().exclusions());
    }

    private List<RegisterLine> lines(Campaign campaign, List<Eligible> eligible, Map<Long, List<Long>> conflicts) {
        RiskWeights.Table weights = riskWeights.table();
        List<RegisterLine> lines = new ArrayList<>(eligible.size());
        for (int from = 0; from < eligible.size(); from += RECORDS_PER_CALL) {
            List<Eligible> chunk = eligible.subList(from, Math.min(eligible.size(), from + RECORDS_PER_CALL));
            List<Long> ids = chunk.stream().map(e -> e.candidate().partyId()).toList();
            Map<Long, PartyInspectionRecord> records = inspections.recordsOf(ids);
            Map<String, Set<Long>> refused = new HashMap<>();
            campaign.provinces().forEach(province -> refused.put(province, recognitions.refusedPartyIds(province, ids)));
            for (Eligible party : chunk) {
                Candidate candidate = party.candidate();
                PartyInspectionRecord record = records.get(candidate.partyId());
                String outcome = record == null || record.lastOutcome() == null ? "NONE" : record.lastOutcome().name();
                boolean wasRefused = party.shares().stream()
                        .anyMatch(province -> refused.get(province).contains(candidate.partyId()));
                long weight = weights.weight(new RiskWeights.Inputs(candidate.riskClass(), outcome,
                        record == null ? 0 : record.openFindings(), candidate.expiredCredentials(), wasRefused));
                lines.add(new RegisterLine(candidate.partyId(), candidate.homeProvince(), party.shares(),
                        candidate.riskClass(), weight, party.categories(),
                        record == null ? List.of() : record.lastTeam(),
                        conflicts.getOrDefault(candidate.partyId(), List.of())));
            }
        }
        return lines;
    }
}
