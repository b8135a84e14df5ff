package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.CaptureContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Evidence files, bytes included, in PostgreSQL so every node serves every file. */
@Repository
class EvidenceStore {

    private static final String META = "id, finding_id, purpose, file_name, content_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at, captured_at, latitude, longitude, location_accuracy_m";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Views.Evidence insert(long inspectionId, Long findingId, String purpose, String fileName, String contentType,
                          byte[] content, String sha256, CaptureContext context, String uploadedBy, Instant now) {
        return jdbc.sql("""
                        insert into evidence (inspection_id, finding_id, purpose, file_name, content_type, size_bytes,
                                              sha256, content, uploaded_by, uploaded_at, captured_at, latitude,
                                              longitude, location_accuracy_m)
                        values (:inspection, :finding, :purpose, :name, :type, :size, :sha, :content, :by, :now,
                                :captured, :latitude, :longitude, :accuracy)
                        returning\s""" + META)
                .param("captured", context.capturedAt() == null ? null : Timestamp.from(context.capturedAt()))
                .param("latitude", context.latitude()).param("longitude", context.longitude())
                .param("accuracy", context.accuracyMetres())
                .param("inspection", inspectionId).param("finding", findingId).param("purpose", purpose)
                .param("name", fileName).param("type", contentType).param("size", content.length)
                .param("sha", sha256).param("content", content).param("by", uploadedBy)
                .param("now", Timestamp.from(now)).query(Views.Evidence.class).single();
    }

    List<Views.Evidence> of(long inspectionId) {
        return jdbc.sql("select " + META + " from evidence where inspection_id = :id order by id")
                .param("id", inspectionId).query(Views.Evidence.class).list();
    }

    Optional<Views.EvidenceFile> file(long inspectionId, long evidenceId) {
        return jdbc.sql("""
                        select file_name, content_type, content from evidence
                        where id = :id and inspection_id = :inspection""")
                .param("id", evidenceId).param("inspection", inspectionId)
                .query((rs, n) -> new Views.EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
