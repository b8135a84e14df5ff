package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.inspection.InspectionResult;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.recognition.rules.DecisionRules;
import cn.chuanyu.metrology.recognition.rules.Exemption;
import cn.chuanyu.metrology.recognition.rules.RequestRules;
import cn.chuanyu.metrology.recognition.rules.Violation;
import cn.chuanyu.metrology.registry.ReferenceCodes;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.web.ConflictException;
import cn.chuanyu.metrology.web.FieldProblem;
import cn.chuanyu.metrology.web.InvalidInputException;
import cn.chuanyu.metrology.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mutual recognition (结果互认): requests, decisions and withdrawals, and what other modules read: the parties a
 * province's draws must leave out, and the parties whose recognition was refused.
 */
@Service
public class Recognitions {

    private static final int LIST_LIMIT = 200;

    private final RecognitionStore store;
    private final RecognitionWork work;
    private final RecognitionAccess access;
    private final Inspections inspections;
    private final Registry registry;
    private final ReferenceData reference;
    private final Credentials credentials;
    private final RecognitionSettings settings;
    private final Clock clock;

    Recognitions(RecognitionStore store, RecognitionWork work, RecognitionAccess access, Inspections inspections,
                 Registry registry, ReferenceData reference, Credentials credentials, RecognitionSettings settings,
                 Clock clock) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.inspections = inspections;
        this.registry = registry;
        this.reference = reference;
        this.credentials = credentials;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a request, assesses it and opens the decision task for the receiving province; returns its id. */
    @Transactional
    public long request(RecognitionRequest request, CurrentUser user) {
        access.requireSupervisor(user);
        LocalDate today = LocalDate.now(clock);
        Grounds grounds = request.basisOrDefault() == Basis.CERTIFICATE ? certificate(request, today) : result(request);
        List<Violation> violations = new ArrayList<>(RequestRules.check(
                new RequestRules.Request(request.partyId(), request.province(), request.validUntil()),
                grounds.result(), today, grounds.validUntil()));
        violations.addAll(unknownCategories(request));
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        if (store.openRequestExists(request.partyId(), request.province())) {
            throw new ConflictException("partyId", "party " + request.partyId()
                    + " already has a request awaiting a decision in " + request.province());
        }
        long id = store.insert(request, grounds.result().province(), user.username(), clock.instant());
        work.start(id, request.partyId(), request.province());
        return id;
    }

    /** The supervisor of the receiving province decides; the decision task completes in the same transaction. */
    @Transactional
    public RecognitionView decide(long id, Decision decision, String reason, CurrentUser user) {
        RecognitionView row = access.receivingSupervisor(store.lock(id), id, user);
        if (row.status() != RecognitionStatus.REQUESTED) {
            throw new ConflictException("recognition " + id + " is " + row.status() + ", not awaiting a decision");
        }
        List<Violation> violations = DecisionRules.check(row.verdict(), decision.name(), reason);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Set<String> recognised = DecisionRules.recognised(decision.name(), Set.copyOf(row.requestedCategories()),
                Set.copyOf(row.uncoveredCategories()));
        Map<String, Object> params = new HashMap<>();
        params.put("status", switch (decision) {
            case ACCEPT -> RecognitionStatus.ACCEPTED.name();
            case ACCEPT_IN_PART -> RecognitionStatus.PARTIALLY_ACCEPTED.name();
            case REFUSE -> RecognitionStatus.REFUSED.name();
        });
        params.put("decision", decision.name());
        params.put("reason", reason);
        params.put("by", user.username());
        params.put("now", java.sql.Timestamp.from(clock.instant()));
        params.put("categories", recognised.toArray(String[]::new));
        params.put("suggested", decision == Decision.REFUSE);
        store.update(id, "status = :status, decision = :decision, decision_reason = :reason, decided_by = :by, "
                + "decided_at = :now, recognised_categories = :categories, inspection_suggested = :suggested", params);
        work.completeDecision(row, decision != Decision.REFUSE);
        return find(id, user);
    }

    /** A supervisor of the receiving province closes the review of a withdrawn recognition. */
    @Transactional
    public RecognitionView reviewWithdrawal(long id, String note, CurrentUser user) {
        RecognitionView row = access.receivingSupervisor(store.lock(id), id, user);
        if (row.status() != RecognitionStatus.WITHDRAWN || row.reviewedBy() != null) {
            throw new ConflictException("recognition " + id + " has no withdrawal awaiting review");
        }
        store.update(id, "review_note = :note, reviewed_by = :by, reviewed_at = :now", Map.of("note", note,
                "by", user.username(), "now", java.sql.Timestamp.from(clock.instant())));
        work.completeReview(row);
        return find(id, user);
    }

    @Transactional(readOnly = true)
    public RecognitionView find(long id, CurrentUser user) {
        return work.withOpenTask(access.visible(store.find(id), id, user));
    }

    /** The requests the caller's province sent or received, newest first. */
    @Transactional(readOnly = true)
    public List<RecognitionView> list(CurrentUser user) {
        return store.list(user.province(), LIST_LIMIT);
    }

    /** Recognitions in force today, for the public register; search by party name (part) or credit code. */
    @Transactional(readOnly = true)
    public List<PublicRecognition> publicRegister(String search) {
        return store.publicRegister(search == null || search.isBlank() ? null : search.strip(),
                LocalDate.now(clock), LIST_LIMIT);
    }

    /**
     * Parties that province's draws leave out on the given day: recognitions in force there cover every one of
     * the given categories the party works in (all its categories when none are given).
     */
    @Transactional(readOnly = true)
    public Set<Long> exemptPartyIds(String province, Set<String> categories, LocalDate on) {
        Set<Long> exempt = new TreeSet<>();
        store.inForce(province, on).forEach((partyId, recognised) -> registry.party(partyId)
                .filter(party -> Exemption.exempts(Set.copyOf(recognised), party.categories(), categories))
                .ifPresent(party -> exempt.add(partyId)));
        return exempt;
    }

    /**
     * Per party, the categories that recognitions in force in the province recognise on the given day: the party
     * is exempt from that province's draws for those categories, and only for those.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> recognisedCategories(String province, LocalDate on) {
        Map<Long, Set<String>> recognised = new HashMap<>();
        store.inForce(province, on).forEach((partyId, categories) -> recognised.put(partyId, Set.copyOf(categories)));
        return recognised;
    }

    /** Of the given parties, those whose recognition in the province was refused: candidates for a normal inspection there. */
    @Transactional(readOnly = true)
    public Set<Long> refusedPartyIds(String province, Collection<Long> partyIds) {
        return new TreeSet<>(store.refusedPartyIds(province, partyIds));
    }

    /** Ends the recognitions of a party that rest on a result other than the given (failed) one. */
    @Transactional
    void withdrawBuiltOnOtherResults(long partyId, long failedInspectionId, String reason) {
        for (long id : store.standingOnOtherResults(partyId, failedInspectionId)) {
            store.update(id, "status = 'WITHDRAWN', withdrawn_reason = :reason, withdrawn_at = :now",
                    Map.of("reason", reason, "now", java.sql.Timestamp.from(clock.instant())));
            work.signalRevoked(id, reason);
        }
    }

    @Transactional
    void expire(long id) {
        store.update(id, "status = case when status in ('ACCEPTED', 'PARTIALLY_ACCEPTED') then 'EXPIRED' "
                + "else status end", Map.of());
    }

    private Grounds result(RecognitionRequest request) {
        if (request.inspectionId() == null) {
            throw new InvalidInputException("inspectionId", "must not be null when the basis is INSPECTION_RESULT");
        }
        InspectionResult result = inspections.result(request.inspectionId()).orElseThrow(() ->
                new InvalidInputException("inspectionId", "inspection " + request.inspectionId()
                        + " has no approved result: it does not exist or is not concluded with an outcome"));
        return new Grounds(new RequestRules.Result(result.inspectionId(), result.partyId(), result.province(),
                result.inspectedOn()), result.inspectedOn().plus(settings.resultValidity()));
    }

    private Grounds certificate(RecognitionRequest request, LocalDate today) {
        if (request.inspectionId() != null) {
            throw new InvalidInputException("inspectionId", "must be empty when the basis is CERTIFICATE");
        }
        String province = registry.party(request.partyId()).map(party -> party.province()).orElseThrow(() ->
                new InvalidInputException("partyId", "no party " + request.partyId()));
        LocalDate validUntil = credentials.currentUntil(request.partyId()).orElseThrow(() ->
                new InvalidInputException("partyId", "party " + request.partyId()
                        + " has no current authorisation certificate or type approval"));
        return new Grounds(new RequestRules.Result(0, request.partyId(), province, today), validUntil);
    }

    private List<Violation> unknownCategories(RecognitionRequest request) {
        ReferenceCodes codes = reference.codes();
        return request.categories().stream().filter(code -> !codes.knownCategory(code)).sorted()
                .map(code -> new Violation("categories", "unknown instrument category " + code)).toList();
    }

    /** What a request rests on, and the last day it may be recognised until. */
    private record Grounds(RequestRules.Result result, LocalDate validUntil) {
    }

    private static InvalidInputException invalid(List<Violation> violations) {
        return new InvalidInputException(violations.stream().map(v -> new FieldProblem(v.field(), v.reason())).toList());
    }
}
