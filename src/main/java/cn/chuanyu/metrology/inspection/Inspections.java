package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.calendar.WorkingDays;
import cn.chuanyu.metrology.inspection.rules.TeamRules;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.chuanyu.metrology.inspection.InspectionProcess.*;

/** Opens inspections and tells other modules what inspections found. */
@Service
public class Inspections {

    private static final String OPENED_STEP = "StartEvent_InspectionOpened";

    private final InspectionStore store;
    private final InspectionRecords records;
    private final Registry registry;
    private final RuntimeService runtime;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final InspectionAccess access;

    Inspections(InspectionStore store, InspectionRecords records, Registry registry, RuntimeService runtime,
                WorkingCalendar calendar, Clock clock, InspectionAccess access) {
        this.access = access;
        this.store = store;
        this.records = records;
        this.registry = registry;
        this.runtime = runtime;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Opens an inspection (row + process instance, one transaction). When campaignId != null it is idempotent
     * per (campaignId, partyId): a second call returns the existing inspection's id and starts nothing.
     */
    @Transactional
    public long open(OpenInspection command, String actor) {
        if (command.campaignId() != null) {
            Optional<Long> existing = store.idOf(command.campaignId(), command.partyId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Party party = registry.party(command.partyId())
                .orElseThrow(() -> new NotFoundException("problem.party.notFound", command.partyId()));
        Set<Long> team = validate(command, party);
        Optional<Long> inserted = store.insert(party.id(), party.province(), command.campaignId(),
                command.plannedDate(), actor, clock.instant());
        if (inserted.isEmpty()) {
            return store.idOf(command.campaignId(), command.partyId()).orElseThrow();
        }
        long id = inserted.get();
        store.insertTeam(id, team);
        store.event(id, OPENED_STEP, "OPENED", actor, null, "team " + team, clock.instant());
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_ID, String.valueOf(id),
                startVariables(id, party)).getId();
        store.setProcessInstance(id, processInstanceId);
        return id;
    }

    /** Per party: what planning needs for risk weights and avoidance. Bulk, one query, fine for 100,000 ids. */
    @Transactional(readOnly = true)
    public Map<Long, PartyInspectionRecord> recordsOf(Collection<Long> partyIds) {
        return records.of(partyIds);
    }

    /**
     * Of the given parties, those with an inspection that is not closed yet: party id → the id of the oldest such
     * inspection. One statement for any number of ids.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> openInspectionsOf(Collection<Long> partyIds) {
        return records.openInspections(partyIds);
    }

    /**
     * Of the given inspections, those the user may open (the rule of the inspection's own page), so another
     * module's page links only to inspections that will open.
     */
    @Transactional(readOnly = true)
    public Set<Long> visibleTo(Collection<Long> inspectionIds, CurrentUser user) {
        return access.visible(inspectionIds, user);
    }

    /** The working days from {@code from} to {@code to} (both included) by the working calendar, ascending. */
    @Transactional(readOnly = true)
    public List<LocalDate> workingDaysBetween(LocalDate from, LocalDate to) {
        WorkingDays days = calendar.workingDays();
        return from.datesUntil(to.plusDays(1)).filter(days::isWorkingDay).toList();
    }

    /** The decided result of an inspection, once its outcome is known. */
    @Transactional(readOnly = true)
    public Optional<InspectionResult> result(long inspectionId) {
        return store.find(inspectionId).filter(row -> row.outcome() != null)
                .map(row -> new InspectionResult(row.id(), row.partyId(), row.province(),
                        row.inspectedOn() == null ? row.plannedDate() : row.inspectedOn(),
                        row.outcome(), row.referredForEnforcement()));
    }

    private Set<Long> validate(OpenInspection command, Party party) {
        List<FieldProblem> violations = new ArrayList<>();
        if (party.status() != PartyStatus.ACTIVE) {
            violations.add(FieldProblem.of("partyId", "problem.party.notActive", party.id()));
        }
        if (command.plannedDate() == null) {
            violations.add(FieldProblem.of("plannedDate", "problem.required"));
        }
        List<Long> requested = command.inspectorIds() == null ? List.of() : command.inspectorIds();
        Set<Long> distinct = new LinkedHashSet<>(requested);
        distinct.remove(null);
        List<StaffMember> found = distinct.isEmpty() ? List.of() : registry.staff(distinct);
        violations.addAll(TeamRules.check(party.id(), requested, found));
        if (command.campaignId() == null && command.plannedDate() != null) {
            // a drawn team was checked by the draw; a team set by hand is checked here
            violations.addAll(TeamRules.checkCertificates(found, command.plannedDate()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return distinct;
    }

    private Map<String, Object> startVariables(long id, Party party) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INSPECTION_ID, id);
        variables.put(PARTY_ID, party.id());
        variables.put(PROVINCE, party.province());
        variables.put(TEAM_USERS, String.join(",", store.teamUsernames(id)));
        variables.put(SUPERVISOR_GROUP, supervisorGroup(party.province()));
        variables.put(RECTIFICATION_ROUND, 0);
        variables.put(RECTIFICATION_REJECTIONS, 0);
        return variables;
    }
}
