package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.audit.AuditLog;
import cn.chuanyu.metrology.inspection.RecordStore.FiledRecord;
import cn.chuanyu.metrology.inspection.pdf.QrCode;
import cn.chuanyu.metrology.inspection.rules.RecordContent;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files a version of the on-site record: renders the PDF from the rows as they are, stores it with its SHA-256
 * (never changed afterwards), writes the SHA-256 into the inspection's history and the audit chain. A later version
 * names the one it replaces.
 */
@Service
@Transactional
class RecordFiling {

    static final String ON_SITE = "ON_SITE";
    static final String FINAL = "FINAL";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InspectionStore store;
    private final RecordContents contents;
    private final OnSiteRecords onSite;
    private final RecordStore records;
    private final RecordDocument document;
    private final Registry registry;
    private final MessageSource messages;
    private final RecordSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecordFiling(InspectionStore store, RecordContents contents, OnSiteRecords onSite, RecordStore records,
                 RecordDocument document, Registry registry, MessageSource messages, RecordSettings settings,
                 AuditLog audit, Clock clock) {
        this.store = store;
        this.contents = contents;
        this.onSite = onSite;
        this.records = records;
        this.document = document;
        this.registry = registry;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files the next version of the inspection's record at this stage, as the given actor. */
    FiledRecord file(long inspectionId, String stage, String actor) {
        InspectionRow row = store.find(inspectionId).orElseThrow();
        List<FiledRecord> earlier = records.filed(inspectionId);
        Optional<FiledRecord> previous = earlier.isEmpty() ? Optional.empty()
                : Optional.of(earlier.get(earlier.size() - 1));
        Party party = registry.party(row.partyId()).orElseThrow();
        boolean en = "en".equals(party.preferredLanguage());
        String code = verificationCode();
        Instant now = clock.instant();
        RecordSheet sheet = sheet(row, stage, en, previous, code, now);
        byte[] pdf = document.pdf(sheet);
        String sha256 = EvidenceUploads.sha256(pdf);
        int version = previous.map(p -> p.version() + 1).orElse(1);
        records.file(inspectionId, sheet.content().recordNo(), version, stage, en ? "en" : "zh-CN", code, sha256, pdf,
                previous.map(FiledRecord::id).orElse(null), actor, now);
        store.event(inspectionId, ON_SITE.equals(stage) ? TaskKind.ON_SITE.taskKey : "Task_FileFinalRecord",
                "RECORD_FILED", actor, null, sheet.content().recordNo() + " v" + version + " sha256 " + sha256, now);
        Map<String, Object> detail = new HashMap<>(Map.of("recordNo", sheet.content().recordNo(), "version", version,
                "stage", stage, "sha256", sha256));
        previous.ifPresent(p -> detail.put("supersedesSha256", p.sha256()));
        audit.recordAs(actor, cn.chuanyu.metrology.audit.AuditEntry.of("RECORD_FILED", "inspection", inspectionId)
                .with(detail));
        return records.filed(inspectionId).get(version - 1);
    }

    /** Files the record with the final result once; a retried step finds it filed and files nothing. */
    FiledRecord fileFinalOnce(long inspectionId, String actor) {
        store.lock(inspectionId).orElseThrow();
        return records.filed(inspectionId).stream().filter(r -> FINAL.equals(r.stage())).findFirst()
                .orElseGet(() -> file(inspectionId, FINAL, actor));
    }

    private RecordSheet sheet(InspectionRow row, String stage, boolean en, Optional<FiledRecord> previous,
                              String code, Instant now) {
        Locale locale = en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        RecordContent content = contents.of(row);
        Views.RecordStatus status = onSite.status(content);
        String url = settings.verificationUrl(code);
        String unknown = messages.getMessage("record.unknown", null, locale);
        List<RecordSheet.EvidenceLine> evidence = content.findings().stream().flatMap(f -> f.evidence().stream()
                .map(e -> new RecordSheet.EvidenceLine(f.id(), e.fileName(), e.sha256(),
                        e.capturedAt() == null ? unknown : at(e.capturedAt()),
                        e.located() ? location(e.latitude(), e.longitude(), e.accuracyMetres()) : unknown))).toList();
        return new RecordSheet(content, en, messages.getMessage("regulator." + row.province(), null, locale),
                previous.map(p -> p.version() + 1).orElse(1), stage, previous.map(FiledRecord::version).orElse(null),
                previous.map(FiledRecord::sha256).orElse(null),
                (row.inspectedOn() == null ? row.plannedDate() : row.inspectedOn()).toString(),
                row.outcome() == null ? messages.getMessage("record.pending", null, locale)
                        : messages.getMessage("outcome." + row.outcome(), null, locale),
                content.party().address() == null ? unknown : content.party().address(),
                signature(row.id(), status), status.confirmations().stream()
                .map(c -> new RecordSheet.Confirmed(c.name(), c.certificateNo(),
                        c.current() ? at(c.confirmedAt().toInstant()) : null)).toList(),
                url, QrCode.pngDataUrl(url), at(now), status.summarySha256(), evidence);
    }

    private RecordSheet.Signature signature(long inspectionId, Views.RecordStatus status) {
        Views.AttestationView a = status.attestation();
        if (a == null) {
            return null;
        }
        byte[] png = records.latestAttestation(inspectionId).map(RecordStore.Attestation::signaturePng).orElse(null);
        return new RecordSheet.Signature("SIGNED".equals(a.kind()), a.current(), a.representativeName(),
                a.representativePosition(),
                png == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                a.signatureSha256(), a.refusalReason(), a.witnessName(), a.capturedBy(),
                at(a.capturedAt().toInstant()));
    }

    private String at(Instant instant) {
        return MINUTES.format(instant.atZone(clock.getZone()));
    }

    private static String location(double latitude, double longitude, Double accuracy) {
        String place = String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
        return accuracy == null ? place : place + String.format(Locale.ROOT, " (±%.0f m)", accuracy);
    }

    /** 128 random bits, base64url: the address printed on the record cannot be guessed from another. */
    private String verificationCode() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
