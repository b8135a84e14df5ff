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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Per inspection asked for: its province and team (one statement for any number of ids). */
    Map<Long, Reach> reach(Collection<Long> inspectionIds) {
        Map<Long, Reach> reach = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.province,
                               array(select t.staff_id from inspection_team t where t.inspection_id = i.id) as team
                        from inspection i where i.id = any(:ids)""")
                .param("ids", inspectionIds.toArray(Long[]::new))
                .query(rs -> {
                    reach.put(rs.getLong("id"), new Reach(rs.getString("province"),
                            Set.of((Long[]) rs.getArray("team").getArray())));
                });
        return reach;
    }

    /** Where an inspection belongs and who is on its team: what deciding who may see it needs. */
    record Reach(String province, Set<Long> team) {
    }

    List<String> teamUsernames(long inspectionId) {
        return jdbc.sql("""
                        select u.username from inspection_team t join security_account_view u on u.staff_id = t.staff_id
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

    void status(long id, String status) {
        set(id, "status = :status", Map.of("status", status));
    }

    void outcome(long id, String outcome) {
        set(id, "outcome = :outcome", Map.of("outcome", outcome));
    }

    void referredForEnforcement(long id) {
        set(id, "outcome = 'FAIL', referred_for_enforcement = true", Map.of());
    }

    void rectificationOrdered(long id, LocalDate deadline, int round, boolean provisional) {
        set(id, "rectification_deadline = :deadline, rectification_round = :round, "
                        + "rectification_deadline_provisional = :provisional",
                Map.of("deadline", deadline, "round", round, "provisional", provisional));
    }

    /** The day the rectification was accepted: the result then says so, and nothing counts down any more. */
    void rectifiedOn(long id, LocalDate day) {
        set(id, "rectified_on = :on", Map.of("on", day));
    }

    void closed(long id, Instant at) {
        set(id, "status = 'CLOSED', closed_at = :now", Map.of("now", Timestamp.from(at)));
    }

    void inspectedOn(long id, LocalDate day) {
        set(id, "inspected_on = :on", Map.of("on", day));
    }

    void approvedBy(long id, long staffId) {
        set(id, "approved_by_staff_id = :staff", Map.of("staff", staffId));
    }

    void rectificationRejections(long id, int rejections) {
        set(id, "rectification_rejections = :n", Map.of("n", rejections));
    }

    /** One named change of the inspection's row; the clause is always one of the constants above. */
    private void set(long id, String setClause, Map<String, ?> params) {
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
                rs.getInt("version"), rs.getBoolean("rectification_deadline_provisional"),
                date(rs.getDate("rectified_on")));
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
