package cn.chuanyu.metrology.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes notice rows. */
@Repository
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the request unless its key is known; returns the notice's id either way. */
    long insert(NoticeRequest request, Instant now) {
        jdbc.sql("""
                        insert into notice (process_instance_id, step, kind, party_id, subject_type, subject_id,
                                            requested_at, province)
                        values (:pi, :step, :kind, :party, :subjectType, :subjectId, :now,
                                (select province from registry_party_view where id = :party))
                        on conflict (process_instance_id, step, kind) do nothing""")
                .param("pi", request.processInstanceId()).param("step", request.step())
                .param("kind", request.kind().name()).param("party", request.partyId())
                .param("subjectType", request.subjectType()).param("subjectId", request.subjectId())
                .param("now", Timestamp.from(now)).update();
        return jdbc.sql("select id from notice where process_instance_id = :pi and step = :step and kind = :kind")
                .param("pi", request.processInstanceId()).param("step", request.step())
                .param("kind", request.kind().name()).query(Long.class).single();
    }

    Optional<NoticeRecord> find(long id) {
        return jdbc.sql("select * from notice where id = :id").param("id", id).query(NoticeStore::row).optional();
    }

    /** Reads and locks the row, so two attempts at one notice never overlap. */
    Optional<NoticeRecord> lock(long id) {
        return jdbc.sql("select * from notice where id = :id for update").param("id", id)
                .query(NoticeStore::row).optional();
    }

    void rendered(long id, RenderedNotice mail) {
        jdbc.sql("""
                        update notice set language = :language, recipients = :recipients, subject = :subject,
                               text_body = :text, html_body = :html, message_id = :messageId
                        where id = :id""")
                .param("language", mail.language()).param("recipients", mail.recipients().toArray(String[]::new))
                .param("subject", mail.subject()).param("text", mail.text()).param("html", mail.html())
                .param("messageId", mail.messageId()).param("id", id).update();
    }

    void attempted(long id, Instant now) {
        jdbc.sql("update notice set attempts = attempts + 1, last_attempt_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update notice set status = 'SENT', sent_at = :now, last_error = null where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void failedForGood(long id, String reason) {
        jdbc.sql("update notice set status = 'FAILED', last_error = :reason where id = :id")
                .param("reason", reason).param("id", id).update();
    }

    /** A FAILED notice back to PENDING, to be sent again; its last error stays until the next attempt. */
    void reopen(long id) {
        jdbc.sql("update notice set status = 'PENDING' where id = :id and status = 'FAILED'").param("id", id).update();
    }

    void failedForNow(long id, String reason) {
        jdbc.sql("update notice set last_error = :reason where id = :id")
                .param("reason", reason).param("id", id).update();
    }

    /** A page of notices, newest first; null filters match everything. */
    List<NoticeRecord> page(String status, String kind, String province, int page, int size) {
        return jdbc.sql("""
                        select * from notice
                        where (cast(:status as varchar) is null or status = :status)
                          and (cast(:kind as varchar) is null or kind = :kind)
                          and (cast(:province as varchar) is null or province = :province)
                        order by requested_at desc, id desc limit :size offset :offset""")
                .param("status", status).param("kind", kind).param("province", province)
                .param("size", size).param("offset", (long) page * size).query(NoticeStore::row).list();
    }

    long count(String status, String kind, String province) {
        return jdbc.sql("""
                        select count(*) from notice
                        where (cast(:status as varchar) is null or status = :status)
                          and (cast(:kind as varchar) is null or kind = :kind)
                          and (cast(:province as varchar) is null or province = :province)""")
                .param("status", status).param("kind", kind).param("province", province)
                .query(Long.class).single();
    }

    private static NoticeRecord row(ResultSet rs, int n) throws SQLException {
        return new NoticeRecord(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("step"),
                NoticeKind.valueOf(rs.getString("kind")), rs.getLong("party_id"), rs.getString("subject_type"),
                rs.getLong("subject_id"), rs.getString("province"), NoticeStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs.getTimestamp("requested_at")), rs.getString("language"),
                strings(rs.getArray("recipients")), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), rs.getString("message_id"), instant(rs.getTimestamp("last_attempt_at")),
                rs.getString("last_error"), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
    }
}
