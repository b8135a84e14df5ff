package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.InspectionAccess.Seen;
import cn.chuanyu.metrology.inspection.Views.Completion;
import cn.chuanyu.metrology.inspection.Views.EscalationCompletion;
import cn.chuanyu.metrology.inspection.Views.OnSiteCompletion;
import cn.chuanyu.metrology.inspection.Views.ReviewCompletion;
import cn.chuanyu.metrology.inspection.Views.VerifyCompletion;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.chuanyu.metrology.inspection.InspectionProcess.*;

/** Writes what each kind of task completion means and says which process variables it sets. */
@Component
class TaskCompletions {

    private final InspectionStore store;
    private final FindingStore findings;
    private final FindingRecorder recorder;
    private final OnSiteRecords records;
    private final RecordFiling filing;
    private final Clock clock;

    TaskCompletions(InspectionStore store, FindingStore findings, FindingRecorder recorder, OnSiteRecords records,
                    RecordFiling filing, Clock clock) {
        this.store = store;
        this.findings = findings;
        this.recorder = recorder;
        this.records = records;
        this.filing = filing;
        this.clock = clock;
    }

    Prepared prepare(Seen seen, TaskKind kind, Completion completion, CurrentUser user) {
        long id = seen.row().id();
        if (completion instanceof OnSiteCompletion onSite && kind == TaskKind.ON_SITE) {
            return onSite(seen, onSite, user);
        }
        if (completion instanceof ReviewCompletion review && kind == TaskKind.REVIEW) {
            return review(id, review, user);
        }
        if (completion instanceof VerifyCompletion verify && kind == TaskKind.VERIFY) {
            return verify(seen.row(), verify);
        }
        if (completion instanceof EscalationCompletion decision && kind == TaskKind.ESCALATION) {
            return escalation(id, decision);
        }
        throw new InvalidInputException("kind", "problem.task.wrongKind", kind);
    }

    private Prepared onSite(Seen seen, OnSiteCompletion onSite, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate inspectedOn = onSite.inspectedOn() == null ? today : onSite.inspectedOn();
        if (inspectedOn.isAfter(today)) {
            throw new InvalidInputException("inspectedOn", "problem.notInFuture");
        }
        List<Long> ids = recorder.record(seen.row(), onSite.findings() == null ? List.of() : onSite.findings(), user);
        // the record as it is now must be signed (or the refusal recorded) and confirmed by the whole team
        records.requireSignedAndConfirmed(seen.row());
        store.inspectedOn(seen.row().id(), inspectedOn);
        RecordStore.FiledRecord filed = filing.file(seen.row().id(), RecordFiling.ON_SITE, user.username());
        return new Prepared("FINDINGS_SUBMITTED", ids.size() + " new findings, inspected on " + inspectedOn
                + ", record " + filed.recordNo() + " v" + filed.version(), Map.of());
    }

    private Prepared review(long id, ReviewCompletion review, CurrentUser user) {
        if (!review.approved()) {
            requireReason(review.reason());
            return new Prepared("RETURNED", review.reason(), Map.of(REVIEW_APPROVED, false));
        }
        store.approvedBy(id, user.staffId());
        Map<String, Integer> counts = findings.openCounts(id);
        return new Prepared("APPROVED", review.reason(), Map.of(REVIEW_APPROVED, true,
                MINOR_FINDINGS, counts.get("MINOR"), MAJOR_FINDINGS, counts.get("MAJOR"),
                CRITICAL_FINDINGS, counts.get("CRITICAL")));
    }

    private Prepared verify(InspectionRow row, VerifyCompletion verify) {
        if (verify.accepted()) {
            findings.closeOpen(row.id(), clock.instant());
            store.rectifiedOn(row.id(), LocalDate.now(clock));
            return new Prepared("RECTIFICATION_ACCEPTED", verify.reason(), Map.of(RECTIFICATION_ACCEPTED, true));
        }
        requireReason(verify.reason());
        int rejections = row.rectificationRejections() + 1;
        store.rectificationRejections(row.id(), rejections);
        return new Prepared("RECTIFICATION_REJECTED", verify.reason(),
                Map.of(RECTIFICATION_ACCEPTED, false, RECTIFICATION_REJECTIONS, rejections));
    }

    private Prepared escalation(long id, EscalationCompletion decision) {
        switch (decision.decision()) {
            case EXTEND -> store.rectificationRejections(id, 0);
            case ACCEPT -> {
                findings.closeOpen(id, clock.instant());
                store.rectifiedOn(id, LocalDate.now(clock));
            }
            case REFER -> {
            }
        }
        return new Prepared("ESCALATION_" + decision.decision(), decision.reason(),
                Map.of(ESCALATION_DECISION, decision.decision().name(), RECTIFICATION_REJECTIONS, 0));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "problem.task.reasonRequired");
        }
    }

    /** What a completion writes to the history and hands to the process. */
    record Prepared(String action, String detail, Map<String, Object> variables) {
    }
}
