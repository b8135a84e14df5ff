package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.inspection.InspectionResult;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.inspection.PartyInspectionRecord;
import cn.chuanyu.metrology.recognition.rules.Coverage;
import cn.chuanyu.metrology.recognition.rules.EligibilityFacts;
import cn.chuanyu.metrology.registry.PartyDetails;
import cn.chuanyu.metrology.registry.PartyRegister;
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
 * Computes the facts about a request in plain Java and lets the RecognitionEligibility table decide: the first
 * matching rule gives the verdict, every matching rule adds its reason.
 */
@Component
class EligibilityAssessment {

    static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    private final RecognitionStore store;
    private final Inspections inspections;
    private final Registry registry;
    private final PartyRegister parties;
    private final DecisionService decisions;
    private final RecognitionSettings settings;
    private final Clock clock;

    EligibilityAssessment(RecognitionStore store, Inspections inspections, Registry registry, PartyRegister parties,
                          DecisionService decisions, RecognitionSettings settings, Clock clock) {
        this.store = store;
        this.inspections = inspections;
        this.registry = registry;
        this.parties = parties;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Assesses the request, stores verdict, reasons and uncovered categories, and returns the verdict. */
    String assess(long recognitionId) {
        RecognitionView row = store.find(recognitionId).orElseThrow();
        InspectionResult result = inspections.result(row.inspectionId()).orElseThrow();
        Set<String> requested = Set.copyOf(row.requestedCategories());
        Set<String> inspected = registry.party(row.partyId()).orElseThrow().categories();
        EligibilityFacts facts = new EligibilityFacts(result.outcome().name(),
                !LocalDate.now(clock).isAfter(result.inspectedOn().plus(settings.resultValidity())),
                Coverage.of(requested, inspected), openSevereFindings(row.partyId()),
                credentialsCurrent(parties.get(row.partyId())));
        DmnDecisionResult table = decisions.evaluateDecisionByKey(RecognitionProcess.DECISION_TABLE)
                .variables(facts.decisionInputs()).evaluate();
        String verdict = table.isEmpty() ? NOT_ELIGIBLE : table.get(0).getEntry("verdict");
        List<String> reasons = table.isEmpty() ? List.of("no rule of the eligibility table matched")
                : table.stream().map(rule -> (String) rule.getEntry("reason")).toList();
        store.update(recognitionId, "verdict = :verdict, verdict_reasons = :reasons, uncovered_categories = :uncovered",
                Map.of("verdict", verdict, "reasons", reasons.toArray(String[]::new),
                        "uncovered", Coverage.uncovered(requested, inspected).toArray(String[]::new)));
        return verdict;
    }

    private int openSevereFindings(long partyId) {
        PartyInspectionRecord record = inspections.recordsOf(List.of(partyId)).get(partyId);
        return record == null ? 0 : record.openMajorOrCriticalFindings();
    }

    private static boolean credentialsCurrent(PartyDetails party) {
        return (party.certificate() == null || !party.certificate().expired())
                && party.standards().stream().noneMatch(PartyDetails.Standard::expired)
                && party.products().stream().noneMatch(PartyDetails.Product::expired);
    }
}
