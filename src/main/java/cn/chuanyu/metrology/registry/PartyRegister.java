package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Keeps the register of parties: lists, reads, registers, edits (guarded by the record's version) and
 * deactivates them, each change in one transaction.
 */
@Service
@Transactional
public class PartyRegister {

    private final PartyJdbc parties;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final AuditLog auditLog;

    PartyRegister(PartyJdbc parties, ReferenceData referenceData, Clock clock, AuditLog auditLog) {
        this.parties = parties;
        this.referenceData = referenceData;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public ResultPage<PartySummary> find(PartyQuery query) {
        return parties.find(query);
    }

    @Transactional(readOnly = true)
    public PartyDetails get(long id) {
        return parties.find(id, LocalDate.now(clock)).orElseThrow(() -> notFound(id));
    }

    /** Registers a new party and returns its id; a credit code that is already registered is a conflict. */
    public long register(PartyDraft party) {
        check(party);
        if (parties.creditCodeTaken(party.creditCode())) {
            throw new ConflictException(FieldProblem.of("creditCode", "problem.party.creditCodeTaken",
                    party.creditCode()));
        }
        long id = parties.insert(party);
        parties.replaceHoldings(id, party);
        parties.replaceOperatingProvinces(id, party);
        auditLog.record("PARTY_REGISTERED", "party", id, Map.of("creditCode", party.creditCode()));
        return id;
    }

    /** Replaces what is known about a party (its credit code and kind stay) if nobody changed it since version. */
    public void update(long id, int version, PartyDraft changes) {
        PartyDetails current = get(id);
        PartyDraft stated = changes.withIdentity(current.creditCode(), current.kind());
        PartyDraft party = stated.operatingProvinces() == null
                ? stated.withOperatingProvinces(current.operatingProvinces()) : stated;
        check(party);
        if (!parties.update(id, version, party)) {
            throw staleOrMissing(id);
        }
        parties.replaceHoldings(id, party);
        parties.replaceOperatingProvinces(id, party);
        auditLog.record("PARTY_UPDATED", "party", id, party.operatingProvinces() == null
                ? Map.of("fromVersion", version)
                : Map.of("fromVersion", version, "operatingProvinces",
                        party.operatingProvinces().stream().map(OperatingProvince::csv).toList()));
    }

    /** Takes a party out of the draws: status INACTIVE. */
    public void deactivate(long id, int version) {
        if (!parties.changeStatus(id, version, PartyStatus.INACTIVE)) {
            throw staleOrMissing(id);
        }
        auditLog.record("PARTY_DEACTIVATED", "party", id, Map.of("fromVersion", version));
    }

    private void check(PartyDraft party) {
        List<FieldProblem> problems = new PartyRules(referenceData.codes()).check(party);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private RuntimeException staleOrMissing(long id) {
        return parties.exists(id)
                ? new OptimisticLockingFailureException("party " + id + " was changed since the given version")
                : notFound(id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.party.notFound", id);
    }
}
