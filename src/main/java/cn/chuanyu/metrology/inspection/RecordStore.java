package cn.chuanyu.metrology.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The on-site record's rows: signatures or refusals, inspectors' confirmations and the filed PDFs (append-only). */
@Repository
class RecordStore {

    private static final String FILED = "id, inspection_id, record_no, version, stage, language, verification_code, "
            + "sha256, size_bytes, supersedes_id, filed_by, filed_at";

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void sign(long inspectionId, String summarySha256, String name, String position, byte[] png, String pngSha256,
              String capturedBy, Long capturedByStaffId, Instant now) {
        jdbc.sql("""
                        insert into record_attestation (inspection_id, kind, summary_sha256, representative_name,
                            representative_position, signature_png, signature_sha256, captured_by,
                            captured_by_staff_id, captured_at)
                        values (:inspection, 'SIGNED', :summary, :name, :position, :png, :pngSha, :by, :staff, :now)""")
                .param("inspection", inspectionId).param("summary", summarySha256).param("name", name)
                .param("position", position).param("png", png).param("pngSha", pngSha256).param("by", capturedBy)
                .param("staff", capturedByStaffId).param("now", Timestamp.from(now)).update();
    }

    void refuse(long inspectionId, String summarySha256, String reason, long witnessStaffId, String capturedBy,
                Long capturedByStaffId, Instant now) {
        jdbc.sql("""
                        insert into record_attestation (inspection_id, kind, summary_sha256, refusal_reason,
                            witness_staff_id, captured_by, captured_by_staff_id, captured_at)
                        values (:inspection, 'REFUSED', :summary, :reason, :witness, :by, :staff, :now)""")
                .param("inspection", inspectionId).param("summary", summarySha256).param("reason", reason)
                .param("witness", witnessStaffId).param("by", capturedBy).param("staff", capturedByStaffId)
                .param("now", Timestamp.from(now)).update();
    }

    /** The latest signature or refusal of the inspection's record, if any. */
    Optional<Attestation> latestAttestation(long inspectionId) {
        return jdbc.sql("""
                        select id, kind, summary_sha256, representative_name, representative_position, signature_png,
                               signature_sha256, refusal_reason, witness_staff_id, captured_by, captured_by_staff_id,
                               captured_at
                        from record_attestation where inspection_id = :id order by id desc limit 1""")
                .param("id", inspectionId).query(Attestation.class).optional();
    }

    void confirm(long inspectionId, long staffId, String username, String summarySha256, Instant now) {
        jdbc.sql("""
                        insert into record_confirmation (inspection_id, staff_id, username, summary_sha256, confirmed_at)
                        values (:inspection, :staff, :username, :summary, :now)""")
                .param("inspection", inspectionId).param("staff", staffId).param("username", username)
                .param("summary", summarySha256).param("now", Timestamp.from(now)).update();
    }

    /** Each inspector's latest confirmation of the record. */
    List<Confirmation> latestConfirmations(long inspectionId) {
        return jdbc.sql("""
                        select distinct on (staff_id) staff_id, username, summary_sha256, confirmed_at
                        from record_confirmation where inspection_id = :id order by staff_id, id desc""")
                .param("id", inspectionId).query(Confirmation.class).list();
    }

    long file(long inspectionId, String recordNo, int version, String stage, String language, String code,
              String sha256, byte[] pdf, Long supersedesId, String filedBy, Instant now) {
        return jdbc.sql("""
                        insert into inspection_record (inspection_id, record_no, version, stage, language,
                            verification_code, sha256, size_bytes, pdf, supersedes_id, filed_by, filed_at)
                        values (:inspection, :no, :version, :stage, :language, :code, :sha, :size, :pdf, :supersedes,
                                :by, :now) returning id""")
                .param("inspection", inspectionId).param("no", recordNo).param("version", version)
                .param("stage", stage).param("language", language).param("code", code).param("sha", sha256)
                .param("size", pdf.length).param("pdf", pdf).param("supersedes", supersedesId).param("by", filedBy)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Every filed version of the inspection's record, oldest first. */
    List<FiledRecord> filed(long inspectionId) {
        return jdbc.sql("select " + FILED + " from inspection_record where inspection_id = :id order by version")
                .param("id", inspectionId).query(FiledRecord.class).list();
    }

    Optional<FiledRecord> byCode(String verificationCode) {
        return jdbc.sql("select " + FILED + " from inspection_record where verification_code = :code")
                .param("code", verificationCode).query(FiledRecord.class).optional();
    }

    Optional<byte[]> pdf(long inspectionId, int version) {
        return jdbc.sql("select pdf from inspection_record where inspection_id = :id and version = :version")
                .param("id", inspectionId).param("version", version).query(byte[].class).optional();
    }

    /** The representative's signature or the recorded refusal to sign, and what record summary it covers. */
    record Attestation(long id, String kind, String summarySha256, String representativeName,
                       String representativePosition, byte[] signaturePng, String signatureSha256,
                       String refusalReason, Long witnessStaffId, String capturedBy, Long capturedByStaffId,
                       OffsetDateTime capturedAt) {

        boolean signed() {
            return "SIGNED".equals(kind);
        }
    }

    /** An inspector's confirmation of a record summary. */
    record Confirmation(long staffId, String username, String summarySha256, OffsetDateTime confirmedAt) {
    }

    /** One filed version of a record (the PDF itself is read apart). */
    record FiledRecord(long id, long inspectionId, String recordNo, int version, String stage, String language,
                       String verificationCode, String sha256, int sizeBytes, Long supersedesId, String filedBy,
                       OffsetDateTime filedAt) {
    }
}
