package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the inspected party itself does on its inspection without an account (from a signed link in a notice),
 * and what a notice to it may say. Each answer is written to the inspection's history; a wrong party, a wrong
 * state or a bad file changes nothing.
 */
@Service
@Transactional
public class PartyAnswers {

    private final InspectionStore store;
    private final FindingStore findings;
    private final EvidenceUploads uploads;
    private final EvidenceStore evidence;
    private final Registry registry;
    private final RuntimeService runtime;
    private final Clock clock;

    PartyAnswers(InspectionStore store, FindingStore findings, EvidenceUploads uploads, EvidenceStore evidence,
                 Registry registry, RuntimeService runtime, Clock clock) {
        this.store = store;
        this.findings = findings;
        this.uploads = uploads;
        this.evidence = evidence;
        this.registry = registry;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The inspection as a notice to its party shows it; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<InspectionNotice> notice(long inspectionId) {
        return store.find(inspectionId).map(row -> {
            List<StaffMember> team = registry.staff(java.util.Set.copyOf(store.team(inspectionId)));
            return new InspectionNotice(row.id(), row.partyId(), row.province(), row.status(), row.plannedDate(),
                    row.inspectedOn(), row.outcome() == null ? null : row.outcome().name(),
                    row.referredForEnforcement(), row.rectificationDeadline(), row.rectificationRound(),
                    team.stream().map(StaffMember::nameZh).toList(),
                    team.stream().map(s -> s.nameEn() == null ? s.nameZh() : s.nameEn()).toList(),
                    findings.of(inspectionId).stream().map(f -> new InspectionNotice.FindingLine(f.checklistItem(),
                            f.clause(), f.severity(), f.description(), f.closedAt() == null)).toList(),
                    row.rectificationDeadlineProvisional(), row.rectifiedOn());
        });
    }

    /** The party confirms it received a notice; recorded in the inspection's history. */
    public void acknowledge(long inspectionId, long partyId, String step, String actor) {
        InspectionRow row = ownRow(inspectionId, partyId);
        store.event(row.id(), step, "NOTICE_ACKNOWLEDGED", actor, null, "受检单位确认收到通知书", clock.instant());
    }

    /**
     * The party hands in its rectification: a statement and evidence files (the inspectors' upload rules), then
     * the waiting process continues. All or nothing.
     */
    public void submitRectification(long inspectionId, long partyId, String statement, List<MultipartFile> files,
                                    String actor) {
        InspectionRow row = ownRow(inspectionId, partyId);
        if (!"RECTIFYING".equals(row.status())) {
            throw new ConflictException("problem.inspection.notAwaitingRectification", inspectionId);
        }
        if (statement == null || statement.isBlank() || statement.length() > 2000) {
            throw new InvalidInputException("statement", "problem.rectification.statement");
        }
        if (files.isEmpty() || files.size() > 10) {
            throw new InvalidInputException("files", "problem.rectification.files");
        }
        for (MultipartFile file : files) {
            EvidenceUploads.Checked checked = uploads.check(file);
            evidence.insert(inspectionId, null, "RECTIFICATION", checked.name(), checked.contentType(),
                    checked.content(), checked.sha256(), cn.chuanyu.metrology.inspection.rules.CaptureContext.NONE, actor,
                    clock.instant());
            store.event(inspectionId, "Task_AwaitRectification", "EVIDENCE_UPLOADED", actor, null,
                    checked.name() + " sha256 " + checked.sha256(), clock.instant());
        }
        store.event(inspectionId, "Task_AwaitRectification", "RECTIFICATION_SUBMITTED", actor, null, statement,
                clock.instant());
        try {
            runtime.createMessageCorrelation(InspectionProcess.MESSAGE_RECTIFICATION_SUBMITTED)
                    .processInstanceBusinessKey(String.valueOf(inspectionId)).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("problem.inspection.notAwaitingRectification", inspectionId);
        }
    }

    private InspectionRow ownRow(long inspectionId, long partyId) {
        return store.lock(inspectionId).filter(row -> row.partyId() == partyId)
                .orElseThrow(() -> new NotFoundException("problem.inspection.notFound", inspectionId));
    }
}
