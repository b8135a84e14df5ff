package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the register of inspectors and supervisors: lists, reads, registers, edits (guarded by the record's
 * version) and deactivates them, each change in one transaction.
 */
@Service
@Transactional
public class StaffRegister {

    private final StaffJdbc staff;
    private final ReferenceData referenceData;
    private final AuditLog auditLog;

    StaffRegister(StaffJdbc staff, ReferenceData referenceData, AuditLog auditLog) {
        this.staff = staff;
        this.referenceData = referenceData;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public ResultPage<StaffSummary> find(StaffQuery query) {
        return staff.find(query);
    }

    @Transactional(readOnly = true)
    public StaffDetails get(long id) {
        return staff.find(id).orElseThrow(() -> notFound(id));
    }

    /** Registers a staff member and returns the id; a staff number already in use is a conflict. */
    public long register(StaffDraft member) {
        check(member);
        if (staff.staffNoTaken(member.staffNo())) {
            throw new ConflictException(FieldProblem.of("staffNo", "problem.staff.staffNoTaken", member.staffNo()));
        }
        long id = staff.insert(member);
        staff.replaceQualificationsAndConflicts(id, member);
        auditLog.record("STAFF_REGISTERED", "staff", id, Map.of("staffNo", member.staffNo()));
        return id;
    }

    /** Replaces what is known about a staff member (the staff number stays) if nobody changed it since version. */
    public void update(long id, int version, StaffDraft changes) {
        StaffDraft member = changes.withStaffNo(get(id).staffNo());
        check(member);
        if (!staff.update(id, version, member)) {
            throw staleOrMissing(id);
        }
        staff.replaceQualificationsAndConflicts(id, member);
        auditLog.record("STAFF_UPDATED", "staff", id, updated(version, member));
    }

    /** Takes a staff member out of the inspector and supervisor draws. */
    public void deactivate(long id, int version) {
        if (!staff.deactivate(id, version)) {
            throw staleOrMissing(id);
        }
        auditLog.record("STAFF_DEACTIVATED", "staff", id, Map.of("fromVersion", version));
    }

    private void check(StaffDraft member) {
        List<FieldProblem> problems = problems(member);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** What is wrong with the statements about a staff member beyond their fields' own form; empty when nothing. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(StaffDraft member) {
        List<FieldProblem> problems = new ArrayList<>(EnforcementCertificates.problems(
                member.enforcementCertificateNo(), member.enforcementCertificateValidUntil()));
        ReferenceCodes codes = referenceData.codes();
        member.qualifications().stream().filter(code -> !codes.knownCategory(code)).sorted().forEach(code ->
                problems.add(FieldProblem.of("qualifications", "problem.unknownCategory", code)));
        Set<Long> partyIds = member.conflicts().stream().map(StaffDraft.Conflict::partyId).collect(Collectors.toSet());
        if (partyIds.size() < member.conflicts().size()) {
            problems.add(FieldProblem.of("conflicts", "problem.staff.conflictRepeated"));
        }
        staff.unknownParties(partyIds).forEach(id ->
                problems.add(FieldProblem.of("conflicts", "problem.staff.unknownParty", id)));
        return problems;
    }

    private RuntimeException staleOrMissing(long id) {
        return staff.exists(id)
                ? new OptimisticLockingFailureException("staff " + id + " was changed since the given version")
                : notFound(id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.staff.notFound", id);
    }

    /** The essential values of an update: what decides whether and where the person may inspect. */
    private static Map<String, Object> updated(int version, StaffDraft member) {
        var values = new LinkedHashMap<String, Object>();
        values.put("fromVersion", version);
        values.put("role", member.role().name());
        values.put("province", member.province());
        values.put("active", member.active());
        if (member.enforcementCertificateNo() != null) {
            values.put("enforcementCertificateNo", member.enforcementCertificateNo());
        }
        if (member.enforcementCertificateValidUntil() != null) {
            values.put("enforcementCertificateValidUntil", member.enforcementCertificateValidUntil().toString());
        }
        return values;
    }
}
