package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.inspection.InspectionAccess.Seen;
import cn.chuanyu.metrology.inspection.RecordStore.Attestation;
import cn.chuanyu.metrology.inspection.RecordStore.Confirmation;
import cn.chuanyu.metrology.inspection.rules.RecordContent;
import cn.chuanyu.metrology.inspection.rules.SignatureImage;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.Message;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signing of the on-site record (现场检查记录) while the team is on site: the representative's signature or the
 * refusal with a witness, each team inspector's confirmation with their own sign-in, all bound to the SHA-256 of
 * the record as it is then, stored as evidence and in the audit chain.
 */
@Service
@Transactional
class OnSiteRecords {

    private final InspectionAccess access;
    private final InspectionStore store;
    private final RecordContents contents;
    private final RecordStore records;
    private final AuditLog audit;
    private final Clock clock;

    OnSiteRecords(InspectionAccess access, InspectionStore store, RecordContents contents, RecordStore records,
                  AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.contents = contents;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Views.RecordStatus status(long inspectionId, CurrentUser user) {
        Seen seen = access.seen(inspectionId, user, false);
        return status(contents.of(seen.row()));
    }

    @Transactional(readOnly = true)
    RecordContent content(long inspectionId, CurrentUser user) {
        return contents.of(access.seen(inspectionId, user, false).row());
    }

    void sign(long inspectionId, Views.RepresentativeSignature signature, CurrentUser user) {
        Seen seen = onSite(inspectionId, user);
        byte[] png = SignatureImage.decode(signature.signaturePng());
        List<FieldProblem> violations = SignatureImage.check(png);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String summary = contents.of(seen.row()).digest();
        String pngSha256 = EvidenceUploads.sha256(png);
        records.sign(inspectionId, summary, signature.representativeName().strip(),
                signature.representativePosition().strip(), png, pngSha256, user.username(), user.staffId(),
                clock.instant());
        event(inspectionId, "RECORD_SIGNED", user, signature.representativeName().strip() + "，"
                + signature.representativePosition().strip() + "，signature sha256 " + pngSha256);
        audit.record("RECORD_SIGNED", "inspection", inspectionId,
                Map.of("summarySha256", summary, "signatureSha256", pngSha256));
    }

    void refuse(long inspectionId, Views.SignatureRefusal refusal, CurrentUser user) {
        Seen seen = onSite(inspectionId, user);
        long witness = refusal.witnessStaffId();
        if (!seen.team().contains(witness) || witness == user.staffId()) {
            throw new InvalidInputException("witnessStaffId", "problem.record.witness");
        }
        String summary = contents.of(seen.row()).digest();
        records.refuse(inspectionId, summary, refusal.reason().strip(), witness, user.username(), user.staffId(),
                clock.instant());
        event(inspectionId, "RECORD_SIGNATURE_REFUSED", user, refusal.reason().strip() + " (witness staff "
                + witness + ")");
        audit.record("RECORD_SIGNATURE_REFUSED", "inspection", inspectionId,
                Map.of("summarySha256", summary, "witnessStaffId", witness, "reason", refusal.reason().strip()));
    }

    void confirm(long inspectionId, CurrentUser user) {
        Seen seen = onSite(inspectionId, user);
        String summary = contents.of(seen.row()).digest();
        records.confirm(inspectionId, user.staffId(), user.username(), summary, clock.instant());
        event(inspectionId, "RECORD_CONFIRMED", user, "summary sha256 " + summary);
        audit.record("RECORD_CONFIRMED", "inspection", inspectionId,
                Map.of("summarySha256", summary, "staffId", user.staffId()));
    }

    /** Refuses to complete on-site work until the record as it is now is signed (or refused) and confirmed. */
    void requireSignedAndConfirmed(InspectionRow row) {
        Views.RecordStatus status = status(contents.of(row));
        if (!status.complete()) {
            List<FieldProblem> violations = new ArrayList<>();
            if (status.attestation() == null || !status.attestation().current()) {
                violations.add(FieldProblem.of("signature", status.attestation() == null
                        ? "problem.record.notSigned" : "problem.record.signatureStale"));
            }
            List<String> unconfirmed = status.confirmations().stream().filter(c -> !c.current())
                    .map(Views.ConfirmationView::name).toList();
            if (!unconfirmed.isEmpty()) {
                violations.add(FieldProblem.of("confirmations", "problem.record.notConfirmed",
                        String.join(", ", unconfirmed)));
            }
            throw new InvalidInputException(violations);
        }
    }

    Views.RecordStatus status(RecordContent content) {
        String digest = content.digest();
        Map<Long, RecordContent.Inspector> team = content.team().stream()
                .collect(Collectors.toMap(RecordContent.Inspector::staffId, Function.identity()));
        Views.AttestationView attestation = records.latestAttestation(content.inspectionId())
                .map(a -> attestation(a, team, digest)).orElse(null);
        Map<Long, Confirmation> confirmed = records.latestConfirmations(content.inspectionId()).stream()
                .collect(Collectors.toMap(Confirmation::staffId, Function.identity()));
        List<Views.ConfirmationView> confirmations = content.team().stream().map(i -> {
            Confirmation c = confirmed.get(i.staffId());
            return new Views.ConfirmationView(i.staffId(), i.nameZh(), i.certificateNo(),
                    c == null ? null : c.confirmedAt(), c != null && digest.equals(c.summarySha256()));
        }).toList();
        List<String> missing = new ArrayList<>();
        if (attestation == null || !attestation.current()) {
            missing.add("signature");
        }
        if (confirmations.stream().anyMatch(c -> !c.current())) {
            missing.add("confirmations");
        }
        return new Views.RecordStatus(content.recordNo(), digest, attestation, confirmations, missing);
    }

    private static Views.AttestationView attestation(Attestation a, Map<Long, RecordContent.Inspector> team,
                                                     String digest) {
        RecordContent.Inspector witness = a.witnessStaffId() == null ? null : team.get(a.witnessStaffId());
        RecordContent.Inspector capturer = a.capturedByStaffId() == null ? null : team.get(a.capturedByStaffId());
        return new Views.AttestationView(a.kind(), a.representativeName(), a.representativePosition(),
                a.signatureSha256(), a.refusalReason(), a.witnessStaffId(),
                witness == null ? null : witness.nameZh(), capturer == null ? a.capturedBy() : capturer.nameZh(),
                a.capturedAt(), digest.equals(a.summarySha256()));
    }

    private Seen onSite(long inspectionId, CurrentUser user) {
        Seen seen = access.seen(inspectionId, user, true);
        access.requireTeamInspector(seen, user);
        if (!"ON_SITE".equals(seen.row().status())) {
            throw new ConflictException("problem.inspection.wrongStatus", inspectionId,
                    Message.of("status." + seen.row().status()), Message.of("status.ON_SITE"));
        }
        return seen;
    }

    private void event(long inspectionId, String action, CurrentUser user, String detail) {
        store.event(inspectionId, TaskKind.ON_SITE.taskKey, action, user.username(), user.staffId(), detail,
                clock.instant());
    }
}
