package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.PartyInspectionRecord;
import cn.chuanyu.metrology.planning.RegisterQuery.Candidate;
import cn.chuanyu.metrology.planning.draw.Draw;
import cn.chuanyu.metrology.planning.draw.DrawInputs;
import cn.chuanyu.metrology.planning.draw.DrawParameters;
import cn.chuanyu.metrology.planning.draw.InspectorEntry;
import cn.chuanyu.metrology.planning.draw.RegisterEntry;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.registry.StaffRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Freezes what a campaign's draw will read: the eligible parties with their risk weights, previous teams and
 * declared conflicts, the parties exempt by mutual recognition (left out with the reason), and the inspector pool.
 */
@Component
class RegisterFreezer {

    private static final int RECORDS_PER_CALL = 5_000;

    private final RegisterQuery register;
    private final Registry registry;
    private final Inspections inspections;
    private final RiskWeights riskWeights;
    private final ObjectProvider<RecognitionExemptions> exemptions;

    RegisterFreezer(RegisterQuery register, Registry registry, Inspections inspections, RiskWeights riskWeights,
                    ObjectProvider<RecognitionExemptions> exemptions) {
        this.register = register;
        this.registry = registry;
        this.inspections = inspections;
        this.riskWeights = riskWeights;
        this.exemptions = exemptions;
    }

    FrozenDraw freeze(Campaign campaign, LocalDate today) {
        List<Candidate> candidates = register.candidates(campaign.partyKind(), campaign.provinces(),
                campaign.categories(), today);
        RecognitionExemptions recognition = exemptions.getIfAvailable();
        List<PartyExclusion> excluded = Exemptions.among(candidates.stream().map(Candidate::partyId).toList(),
                recognition, campaign.provinces(), Set.copyOf(campaign.categories()), today);
        Set<Long> exempt = excluded.stream().map(PartyExclusion::partyId).collect(Collectors.toSet());
        List<Candidate> eligible = candidates.stream().filter(c -> !exempt.contains(c.partyId())).toList();
        List<InspectorEntry> pool = new ArrayList<>();
        Map<Long, List<Long>> conflicts = new HashMap<>();
        for (String province : campaign.provinces()) {
            for (StaffMember inspector : registry.activeStaff(StaffRole.INSPECTOR, province)) {
                pool.add(new InspectorEntry(inspector.id(), inspector.province(), inspector.qualifications().stream()
                        .filter(campaign.categories()::contains).sorted().toList()));
                inspector.conflictPartyIds().forEach(party ->
                        conflicts.computeIfAbsent(party, p -> new ArrayList<>()).add(inspector.id()));
            }
        }
        List<RegisterEntry> entries = entries(eligible, conflicts);
        DrawInputs inputs = new DrawInputs(Draw.ALGORITHM_VERSION, campaign.seed(), parameters(campaign), entries, pool);
        return new FrozenDraw(inputs, Exemptions.source(recognition), excluded);
    }

    private List<RegisterEntry> entries(List<Candidate> eligible, Map<Long, List<Long>> conflicts) {
        RiskWeights.Table weights = riskWeights.table();
        List<RegisterEntry> entries = new ArrayList<>(eligible.size());
        for (int from = 0; from < eligible.size(); from += RECORDS_PER_CALL) {
            List<Candidate> chunk = eligible.subList(from, Math.min(eligible.size(), from + RECORDS_PER_CALL));
            Map<Long, PartyInspectionRecord> records = inspections.recordsOf(
                    chunk.stream().map(Candidate::partyId).toList());
            for (Candidate candidate : chunk) {
                PartyInspectionRecord record = records.get(candidate.partyId());
                String outcome = record == null || record.lastOutcome() == null ? "NONE" : record.lastOutcome().name();
                int openFindings = record == null ? 0 : record.openFindings();
                long weight = weights.weight(new RiskWeights.Inputs(candidate.riskClass(), outcome, openFindings,
                        candidate.expiredCredentials()));
                entries.add(new RegisterEntry(candidate.partyId(), candidate.province(), candidate.riskClass(), weight,
                        candidate.categories(), record == null ? List.of() : sortedIds(record.lastTeam()),
                        sortedIds(conflicts.getOrDefault(candidate.partyId(), List.of()))));
            }
        }
        return entries;
    }

    private static DrawParameters parameters(Campaign campaign) {
        return new DrawParameters(campaign.sampleCount(), campaign.sampleRatio(), campaign.minimumPerRiskClass(),
                campaign.teamSize(), campaign.loadCap(), campaign.joint(), campaign.provinces());
    }

    private static List<Long> sortedIds(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }
}
