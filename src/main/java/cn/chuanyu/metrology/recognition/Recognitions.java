package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.inspection.InspectionResult;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.recognition.rules.DecisionRules;
import cn.chuanyu.metrology.recognition.rules.Exemption;
import cn.chuanyu.metrology.recognition.rules.RequestRules;
import cn.chuanyu.metrology.registry.ReferenceCodes;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
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
import java.util.TreeMap;
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
    private final RecognitionSettings settings;
    private final Clock clock;
    private final AuditLog auditLog;

    Recognitions(RecognitionStore store, RecognitionWork work, RecognitionAccess access, Inspections inspections,
                 Registry registry, ReferenceData reference, RecognitionSettings settings,
                 Clock clock, AuditLog auditLog) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.inspections = inspections;
        this.registry = registry;
        this.reference = reference;
        this.settings = settings;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** Records a request, assesses it and opens the decision task for the receiving province; returns its id. */
    @Transactional
    public long request(RecognitionRequest request, CurrentUser user) {
        access.requireSupervisor(user);
        LocalDate today = LocalDate.now(clock);
        Grounds grounds = request.basisOrDefault() == Basis.CERTIFICATE ? certificate(request, today) : result(request);
        List<FieldProblem> violations = new ArrayList<>(RequestRules.check(
                new RequestRules.Request(request.partyId(), request.province(), request.validUntil()),
                grounds.result(), today, grounds.validUntil()));
        violations.addAll(unknownCategories(request));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (store.openRequestExists(request.partyId(), request.province())) {
            throw new ConflictException(FieldProblem.of("partyId", "problem.recognition.openRequest",
                    request.partyId(), request.province()));
        }
        long id = store.insert(request, grounds.result().province(), user.username(), clock.instant());
        work.start(id, request.partyId(), request.province());
        auditLog.record(AuditEntry.of("RECOGNITION_REQUESTED", "recognition", id).with(RecognitionAudit.request(
                request, grounds.result().province())));
        return id;
    }

    /** The supervisor of the receiving province decides; the decision task completes in the same transaction. */
    @Transactional
    public RecognitionView decide(long id, Decision decision, String reason, CurrentUser user) {
        RecognitionView row = access.receivingSupervisor(store.lock(id), id, user);
        if (row.status() != RecognitionStatus.REQUESTED) {
            throw new ConflictException("problem.recognition.notAwaitingDecision", id,
                    Message.of("recognition.status." + row.status()));
        }
        List<FieldProblem> violations = DecisionRules.check(row.verdict(), decision.name(), reason);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Set<String> recognised = DecisionRules.recognised(decision.name(), Set.copyOf(row.requestedCategories()),
                Set.copyOf(row.uncoveredCategories()));
        RecognitionStatus status = switch (decision) {
            case ACCEPT -> RecognitionStatus.ACCEPTED;
            case ACCEPT_IN_PART -> RecognitionStatus.PARTIALLY_ACCEPTED;
            case REFUSE -> RecognitionStatus.REFUSED;
        };
        store.decided(id, status, decision, reason, user.username(), clock.instant(), recognised);
        work.completeDecision(row, decision != Decision.REFUSE);
        auditLog.record(AuditEntry.of("RECOGNITION_DECIDED", "recognition", id).with(RecognitionAudit.decision(
                row, decision, reason, recognised)));
        return find(id, user);
    }

    /** A supervisor of the receiving province closes the review of a withdrawn recognition. */
    @Transactional
    public RecognitionView reviewWithdrawal(long id, String note, CurrentUser user) {
        RecognitionView row = access.receivingSupervisor(store.lock(id), id, user);
        if (row.status() != RecognitionStatus.WITHDRAWN || row.reviewedBy() != null) {
            throw new ConflictException("problem.recognition.noWithdrawalToReview", id);
        }
        store.withdrawalReviewed(id, note, user.username(), clock.instant());
        work.completeReview(row);
        auditLog.record(AuditEntry.of("RECOGNITION_WITHDRAWAL_REVIEWED", "recognition", id).with(java.util.Map.of(
                "partyId", row.partyId(), "note", note == null ? "" : note)));
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
     * Per party, the instrument categories whose results the province recognises on the given day: an accepted
     * or partly accepted recognition exempts from that province's share for these categories only.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> recognisedCategories(String province, LocalDate on) {
        Map<Long, Set<String>> recognised = new TreeMap<>();
        store.inForce(province, on).forEach((partyId, categories) -> recognised.put(partyId,
                Set.copyOf(categories)));
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
            store.withdrawn(id, reason, clock.instant());
            work.signalRevoked(id, reason);
        }
    }

    @Transactional
    void expire(long id) {
        store.expired(id);
    }

    private Grounds result(RecognitionRequest request) {
        if (request.inspectionId() == null) {
            throw new InvalidInputException("inspectionId", "problem.recognition.inspectionRequired");
        }
        InspectionResult result = inspections.result(request.inspectionId()).orElseThrow(() ->
                new InvalidInputException("inspectionId", "problem.recognition.noApprovedResult",
                        request.inspectionId()));
        return new Grounds(new RequestRules.Result(result.inspectionId(), result.partyId(), result.province(),
                result.inspectedOn()), result.inspectedOn().plus(settings.resultValidity()));
    }

    private Grounds certificate(RecognitionRequest request, LocalDate today) {
        if (request.inspectionId() != null) {
            throw new InvalidInputException("inspectionId", "problem.recognition.inspectionNotForCertificate");
        }
        String province = registry.party(request.partyId()).map(party -> party.province()).orElseThrow(() ->
                new InvalidInputException("partyId", "problem.party.notFound", request.partyId()));
        LocalDate validUntil = registry.credentials(request.partyId()).currentUntil(today).orElseThrow(() ->
                new InvalidInputException("partyId", "problem.recognition.noCurrentCredential",
                        request.partyId()));
        return new Grounds(new RequestRules.Result(0, request.partyId(), province, today), validUntil);
    }

    private List<FieldProblem> unknownCategories(RecognitionRequest request) {
        ReferenceCodes codes = reference.codes();
        return request.categories().stream().filter(code -> !codes.knownCategory(code)).sorted()
                .map(code -> FieldProblem.of("categories", "problem.unknownCategory", code)).toList();
    }

    /** What a request rests on, and the last day it may be recognised until. */
    private record Grounds(RequestRules.Result result, LocalDate validUntil) {
    }
}
