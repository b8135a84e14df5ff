package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.inspection.RecordStore.FiledRecord;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The filed versions of a record for who may see the inspection, and the public check of a paper copy. */
@Service
@Transactional(readOnly = true)
class RecordQueries {

    private final InspectionAccess access;
    private final InspectionStore store;
    private final RecordStore records;
    private final RecordSettings settings;
    private final Registry registry;

    RecordQueries(InspectionAccess access, InspectionStore store, RecordStore records, RecordSettings settings,
                  Registry registry) {
        this.access = access;
        this.store = store;
        this.records = records;
        this.settings = settings;
        this.registry = registry;
    }

    List<Views.FiledRecordView> filed(long inspectionId, CurrentUser user) {
        access.seen(inspectionId, user, false);
        return views(records.filed(inspectionId));
    }

    /** The PDF of one version and its file name. */
    Views.EvidenceFile pdf(long inspectionId, int version, CurrentUser user) {
        access.seen(inspectionId, user, false);
        FiledRecord filed = records.filed(inspectionId).stream().filter(r -> r.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.record.versionNotFound", version));
        byte[] pdf = records.pdf(inspectionId, version).orElseThrow();
        return new Views.EvidenceFile(filed.recordNo() + "-v" + version + ".pdf", "application/pdf", pdf);
    }

    /** What the public verification page shows of a filed version: no person, only the published facts. */
    PublicRecord publicRecord(String code) {
        FiledRecord filed = records.byCode(code).orElseThrow(() -> new NotFoundException("problem.record.notFound", code));
        InspectionRow row = store.find(filed.inspectionId()).orElseThrow();
        List<FiledRecord> versions = records.filed(filed.inspectionId());
        FiledRecord latest = versions.get(versions.size() - 1);
        return new PublicRecord(filed.recordNo(), filed.version(), filed.stage(), registry.party(row.partyId()).orElseThrow().nameZh(),
                row.inspectedOn() == null ? row.plannedDate() : row.inspectedOn(),
                "CLOSED".equals(row.status()) && row.outcome() != null ? row.outcome().name() : null,
                filed.sha256(), filed.filedAt(), latest.version() == filed.version() ? null : latest.version(),
                latest.version() == filed.version() ? null : latest.sha256(),
                versions.stream().map(FiledRecord::sha256).toList());
    }

    /** Which version of this record, if any, has the given SHA-256. */
    Optional<Integer> versionWithHash(String code, String sha256) {
        FiledRecord filed = records.byCode(code).orElseThrow(() -> new NotFoundException("problem.record.notFound", code));
        return records.filed(filed.inspectionId()).stream().filter(r -> r.sha256().equalsIgnoreCase(sha256))
                .map(FiledRecord::version).findFirst();
    }

    private List<Views.FiledRecordView> views(List<FiledRecord> filed) {
        Map<Long, Integer> versions = new HashMap<>();
        filed.forEach(r -> versions.put(r.id(), r.version()));
        return filed.stream().map(r -> new Views.FiledRecordView(r.version(), r.stage(), r.recordNo(), r.language(),
                r.sha256(), r.sizeBytes(), r.filedAt(), r.filedBy(),
                r.supersedesId() == null ? null : versions.get(r.supersedesId()),
                settings.verificationUrl(r.verificationCode()))).toList();
    }

    /**
     * A filed version as anyone may see it: record number, party, date, outcome (once decided) and the SHA-256;
     * a newer version's number and SHA-256 when this one was replaced.
     */
    record PublicRecord(String recordNo, int version, String stage, String partyName, java.time.LocalDate date,
                        String outcome, String sha256, java.time.OffsetDateTime filedAt, Integer newerVersion,
                        String newerSha256, @com.fasterxml.jackson.annotation.JsonIgnore List<String> allSha256) {
    }
}
