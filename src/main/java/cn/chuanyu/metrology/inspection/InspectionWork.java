package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.calendar.WorkingDays;
import cn.chuanyu.metrology.inspection.InspectionAccess.Seen;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.inspection.rules.CaptureContext;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.util.List;

/** What inspectors and supervisors do on an inspection outside completing a task. */
@Service
@Transactional
class InspectionWork {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionStore store;
    private final FindingStore findings;
    private final FindingRecorder recorder;
    private final EvidenceStore evidence;
    private final EvidenceUploads uploads;
    private final Registry registry;
    private final RuntimeService runtime;
    private final Clock clock;
    private final WorkingCalendar calendar;

    InspectionWork(Inspections inspections, InspectionAccess access, InspectionStore store, FindingStore findings,
                   FindingRecorder recorder, EvidenceStore evidence, EvidenceUploads uploads, Registry registry,
                   RuntimeService runtime, Clock clock, WorkingCalendar calendar) {
        this.calendar = calendar;
        this.inspections = inspections;
        this.access = access;
        this.store = store;
        this.findings = findings;
        this.recorder = recorder;
        this.evidence = evidence;
        this.uploads = uploads;
        this.registry = registry;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** A supervisor opens an inspection of a party of their own province. */
    long open(Views.OpenRequest request, CurrentUser user) {
        Party party = registry.party(request.partyId())
                .filter(p -> user.province() == null || user.province().equals(p.province()))
                .orElseThrow(() -> new NotFoundException("problem.party.notFound", request.partyId()));
        WorkingDays days = calendar.workingDays();
        if (request.plannedDate() != null && !days.isWorkingDay(request.plannedDate())) {
            throw new InvalidInputException("plannedDate", "problem.inspection.notWorkingDay",
                    request.plannedDate(), days.onOrAfter(request.plannedDate()));
        }
        return inspections.open(new OpenInspection(party.id(), request.inspectorIds(), request.plannedDate(), null),
                user.username());
    }

    long addFinding(long inspectionId, Views.NewFinding finding, CurrentUser user) {
        Seen seen = onSite(inspectionId, user);
        return recorder.record(seen.row(), List.of(finding), user).get(0);
    }

    Views.Evidence addFindingEvidence(long inspectionId, long findingId, MultipartFile file, CaptureContext context,
                                      CurrentUser user) {
        onSite(inspectionId, user);
        if (!findings.exists(inspectionId, findingId)) {
            throw new NotFoundException("problem.finding.notFound", findingId);
        }
        List<FieldProblem> violations = context.check(clock.instant());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return store(inspectionId, findingId, "FINDING", file, context, user);
    }

    Views.Evidence addRectificationEvidence(long inspectionId, MultipartFile file, CurrentUser user) {
        rectifying(inspectionId, user);
        return store(inspectionId, null, "RECTIFICATION", file, CaptureContext.NONE, user);
    }

    /** Hands in the business's rectification (on its behalf) and wakes the waiting process. */
    void submitRectification(long inspectionId, Views.RectificationSubmission submission, CurrentUser user) {
        rectifying(inspectionId, user);
        store.event(inspectionId, "Task_AwaitRectification", "RECTIFICATION_SUBMITTED", user.username(),
                user.staffId(), submission.statement(), clock.instant());
        try {
            runtime.createMessageCorrelation(InspectionProcess.MESSAGE_RECTIFICATION_SUBMITTED)
                    .processInstanceBusinessKey(String.valueOf(inspectionId)).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("problem.inspection.notAwaitingRectification", inspectionId);
        }
    }

    private Views.Evidence store(long inspectionId, Long findingId, String purpose, MultipartFile file,
                                 CaptureContext context, CurrentUser user) {
        EvidenceUploads.Checked checked = uploads.check(file);
        Views.Evidence stored = evidence.insert(inspectionId, findingId, purpose, checked.name(),
                checked.contentType(), checked.content(), checked.sha256(), context, user.username(),
                clock.instant());
        store.event(inspectionId, purpose.equals("FINDING") ? TaskKind.ON_SITE.taskKey : "Task_AwaitRectification",
                "EVIDENCE_UPLOADED", user.username(), user.staffId(),
                checked.name() + " sha256 " + checked.sha256(), clock.instant());
        return stored;
    }

    private Seen onSite(long inspectionId, CurrentUser user) {
        return inStatus(inspectionId, user, "ON_SITE");
    }

    private Seen rectifying(long inspectionId, CurrentUser user) {
        return inStatus(inspectionId, user, "RECTIFYING");
    }

    private Seen inStatus(long inspectionId, CurrentUser user, String status) {
        Seen seen = access.seen(inspectionId, user, true);
        access.requireTeamInspector(seen, user);
        if (!status.equals(seen.row().status())) {
            throw new ConflictException("problem.inspection.wrongStatus", inspectionId,
                    Message.of("status." + seen.row().status()), Message.of("status." + status));
        }
        return seen;
    }
}
