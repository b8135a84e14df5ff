package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.inspection.InspectionResult;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.PartyInspectionRecord;
import cn.chuanyu.metrology.recognition.rules.Coverage;
import cn.chuanyu.metrology.recognition.rules.EligibilityFacts;
import cn.chuanyu.metrology.registry.PartyCredentials;
import cn.chuanyu.metrology.registry.Registry;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the facts about a request (from its inspection result, or from the party's current certificates when it
 * rests on those) in plain Java and lets the RecognitionEligibility table decide: the first
 * matching rule gives the verdict, every matching rule adds its reason.
 */
@Component
class EligibilityAssessment {

    static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    /** The outcome input when the request rests on a certificate rather than an inspection result. */
    static final String CERTIFICATE = "CERTIFICATE";

    private final RecognitionStore store;
    private final Inspections inspections;
    private final Registry registry;
    private final DecisionService decisions;
    private final RecognitionSettings settings;
    private final Clock clock;

    EligibilityAssessment(RecognitionStore store, Inspections inspections, Registry registry,
                          DecisionService decisions, RecognitionSettings settings, Clock clock) {
        this.store = store;
        this.inspections = inspections;
        this.registry = registry;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Assesses the request, stores verdict, reasons and uncovered categories, and returns the verdict. */
    String assess(long recognitionId) {
        RecognitionView row = store.find(recognitionId).orElseThrow();
        Set<String> requested = Set.copyOf(row.requestedCategories());
        Set<String> inspected;
        String outcome;
        boolean withinValidity;
        LocalDate today = LocalDate.now(clock);
        PartyCredentials credentials = registry.credentials(row.partyId());
        if (row.inspectionId() == null) {
            outcome = CERTIFICATE;
            inspected = credentials.categoriesCoveredOn(today);
            withinValidity = credentials.currentUntil(today).isPresent();
        } else {
            InspectionResult result = inspections.result(row.inspectionId()).orElseThrow();
            outcome = result.outcome().name();
            inspected = registry.party(row.partyId()).orElseThrow().categories();
            withinValidity = !today.isAfter(result.inspectedOn().plus(settings.resultValidity()));
        }
        EligibilityFacts facts = new EligibilityFacts(outcome, withinValidity, Coverage.of(requested, inspected),
                openSevereFindings(row.partyId()), credentials.allValidOn(today));
        DmnDecisionResult table = decisions.evaluateDecisionByKey(RecognitionProcess.DECISION_TABLE)
                .variables(facts.decisionInputs()).evaluate();
        String verdict = table.isEmpty() ? NOT_ELIGIBLE : table.get(0).getEntry("verdict");
        List<String> reasons = table.isEmpty() ? List.of("no rule of the eligibility table matched")
                : table.stream().map(rule -> (String) rule.getEntry("reason")).toList();
        store.assessed(recognitionId, verdict, reasons, Coverage.uncovered(requested, inspected));
        return verdict;
    }

    private int openSevereFindings(long partyId) {
        PartyInspectionRecord record = inspections.recordsOf(List.of(partyId)).get(partyId);
        return record == null ? 0 : record.openMajorOrCriticalFindings();
    }

}
