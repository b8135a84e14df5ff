package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.audit.AuditEntry;
import cn.chuanyu.metrology.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes inspections, their teams and their history events. An event someone caused (an inspector, a
 * supervisor, a business through its link) is also appended to the audit chain under the same action, with its
 * step and details; the engine's own steps are in the chain as process and task records already.
 */
@Repository
class InspectionStore {

    /** Longest event detail (a statement, a finding's description) the audit record keeps. */
    private static final int AUDITED_DETAIL = 500;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    InspectionStore(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Inserts an inspection; empty when the campaign already has one for the party. */
    Optional<Long> insert(long partyId, String province, Long campaignId, LocalDate plannedDate, String actor,
                          Instant now) {
        return jdbc.sql("""
                        insert into inspection (party_id, province, campaign_id, planned_date, opened_by, opened_at)
                        values (:party, :province, :campaign, :planned, :actor, :now)
                        on conflict (campaign_id, party_id) where campaign_id is not null do nothing
                        returning id""")
                .param("party", partyId).param("province", province).param("campaign", campaignId)
                .param("planned", plannedDate).param("actor", actor).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    Optional<Long> idOf(long campaignId, long partyId) {
        return jdbc.sql("select id from inspection where campaign_id = :campaign and party_id = :party")
                .param("campaign", campaignId).param("party", partyId).query(Long.class).optional();
    }

    void insertTeam(long inspectionId, Collection<Long> staffIds) {
        jdbc.sql("insert into inspection_team (inspection_id, staff_id) select :id, unnest(:staff::bigint[])")
                .param("id", inspectionId).param("staff", staffIds.toArray(Long[]::new)).update();
    }

    List<Long> team(long inspectionId) {
        return jdbc.sql("select staff_id from inspection_team where inspection_id = :id order by staff_id")
                .param("id", inspectionId).query(Long.class).list();
    }

    List<String> teamUsernames(long inspectionId) {
        return jdbc.sql("""
                        select u.username from inspection_team t join app_user u on u.staff_id = t.staff_id
                        where t.inspection_id = :id order by u.username""")
                .param("id", inspectionId).query(String.class).list();
    }

    void setProcessInstance(long inspectionId, String processInstanceId) {
        jdbc.sql("update inspection set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", inspectionId).update();
    }

    Optional<InspectionRow> find(long id) {
        return jdbc.sql("select * from inspection where id = :id").param("id", id)
                .query(InspectionStore::row).optional();
    }

    /** Reads and locks the row until the transaction ends, so steps on one inspection run one at a time. */
    Optional<InspectionRow> lock(long id) {
        return jdbc.sql("select * from inspection where id = :id for update").param("id", id)
                .query(InspectionStore::row).optional();
    }

    void update(long id, String setClause, Map<String, ?> params) {
        jdbc.sql("update inspection set " + setClause + ", version = version + 1 where id = :id")
                .params(params).param("id", id).update();
    }

    void event(long inspectionId, String step, String action, String actor, Long staffId, String detail,
               Instant now) {
        jdbc.sql("""
                        insert into inspection_event (inspection_id, step, action, actor, staff_id, detail, occurred_at)
                        values (:id, :step, :action, :actor, :staff, :detail, :now)""")
                .param("id", inspectionId).param("step", step).param("action", action).param("actor", actor)
                .param("staff", staffId).param("detail", detail).param("now", Timestamp.from(now)).update();
        if (!InspectionSteps.ENGINE.equals(actor)) {
            var values = new LinkedHashMap<String, Object>();
            values.put("step", step);
            if (staffId != null) {
                values.put("staffId", staffId);
            }
            if (detail != null) {
                values.put("detail", detail.length() > AUDITED_DETAIL ? detail.substring(0, AUDITED_DETAIL) + "…"
                        : detail);
            }
            auditLog.recordAs(actor, AuditEntry.of(action, "inspection", inspectionId).with(values));
        }
    }

    static InspectionRow row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new InspectionRow(rs.getLong("id"), rs.getLong("party_id"), rs.getString("province"),
                (Long) rs.getObject("campaign_id"), rs.getDate("planned_date").toLocalDate(),
                rs.getString("status"), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getBoolean("referred_for_enforcement"), rs.getString("process_instance_id"),
                date(rs.getDate("inspected_on")), (Long) rs.getObject("approved_by_staff_id"),
                date(rs.getDate("rectification_deadline")), rs.getInt("rectification_round"),
                rs.getInt("rectification_rejections"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), instant(rs.getTimestamp("closed_at")),
                rs.getInt("version"));
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
