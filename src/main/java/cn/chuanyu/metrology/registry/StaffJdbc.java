package cn.chuanyu.metrology.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SQL for staff, their qualifications and declared conflicts of interest. */
@Repository
class StaffJdbc {

    private final JdbcClient jdbc;

    StaffJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean staffNoTaken(String staffNo) {
        return jdbc.sql("select exists (select 1 from staff where staff_no = :no)")
                .param("no", staffNo).query(Boolean.class).single();
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from staff where id = :id)").param("id", id).query(Boolean.class).single();
    }

    /** The ids among the given ones that are not registered parties. */
    List<Long> unknownParties(Set<Long> partyIds) {
        return jdbc.sql("select u.id from unnest(cast(:ids as bigint[])) u(id) where not exists"
                        + " (select 1 from party p where p.id = u.id) order by u.id")
                .param("ids", partyIds.toArray(Long[]::new)).query(Long.class).list();
    }

    long insert(StaffDraft staff) {
        return jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, name_en, province, email, active,
                                           enforcement_certificate_no, enforcement_certificate_valid_until)
                        values (:staffNo, :role, :nameZh, :nameEn, :province, :email, :active, :certificateNo,
                                :certificateValidUntil) returning id""")
                .param("staffNo", staff.staffNo()).params(params(staff)).query(Long.class).single();
    }

    boolean update(long id, int version, StaffDraft staff) {
        return jdbc.sql("""
                        update staff set role = :role, name_zh = :nameZh, name_en = :nameEn, province = :province,
                            email = :email, active = :active, enforcement_certificate_no = :certificateNo,
                            enforcement_certificate_valid_until = :certificateValidUntil,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).params(params(staff)).update() == 1;
    }

    boolean deactivate(long id, int version) {
        return jdbc.sql("""
                        update staff set active = false, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).update() == 1;
    }

    void replaceQualificationsAndConflicts(long staffId, StaffDraft staff) {
        jdbc.sql("delete from staff_qualification where staff_id = :id").param("id", staffId).update();
        jdbc.sql("delete from staff_conflict where staff_id = :id").param("id", staffId).update();
        jdbc.sql("insert into staff_qualification (staff_id, category_code) select :id, unnest(cast(:codes as varchar[]))")
                .param("id", staffId).param("codes", staff.qualifications().toArray(String[]::new)).update();
        staff.conflicts().forEach(conflict -> jdbc.sql(
                        "insert into staff_conflict (staff_id, party_id, reason) values (:id, :partyId, :reason)")
                .param("id", staffId).param("partyId", conflict.partyId()).param("reason", conflict.reason())
                .update());
    }

    Optional<StaffDetails> find(long id) {
        List<StaffDetails.Conflict> conflicts = jdbc.sql("""
                        select c.party_id, p.credit_code, p.name_zh as party_name_zh, c.reason
                        from staff_conflict c join party p on p.id = c.party_id
                        where c.staff_id = :id order by c.party_id""")
                .param("id", id).query(StaffDetails.Conflict.class).list();
        return jdbc.sql("""
                        select s.*, array(select q.category_code from staff_qualification q
                                          where q.staff_id = s.id order by 1) as qualifications
                        from staff s where s.id = :id""")
                .param("id", id)
                .query((rs, row) -> new StaffDetails(rs.getLong("id"), rs.getString("staff_no"),
                        StaffRole.valueOf(rs.getString("role")), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("province"), rs.getString("email"), rs.getBoolean("active"),
                        Set.of((String[]) rs.getArray("qualifications").getArray()), conflicts, rs.getInt("version"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getString("enforcement_certificate_no"),
                        rs.getObject("enforcement_certificate_valid_until", LocalDate.class)))
                .optional();
    }

    ResultPage<StaffSummary> find(StaffQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "province", query.province(), " and s.province = :province");
        filter(where, params, "role", query.role() == null ? null : query.role().name(), " and s.role = :role");
        filter(where, params, "active", query.active(), " and s.active = :active");
        filter(where, params, "category", query.category(), " and exists (select 1 from staff_qualification q"
                + " where q.staff_id = s.id and q.category_code = :category)");
        long total = jdbc.sql("select count(*) from staff s" + where).params(params).query(Long.class).single();
        String order = " order by " + query.sort().column + (query.descending() ? " desc" : " asc") + ", s.id";
        List<StaffSummary> content = jdbc.sql("select s.id, s.staff_no, s.role, s.name_zh, s.name_en, s.province,"
                        + " s.active, s.version, s.enforcement_certificate_no, s.enforcement_certificate_valid_until"
                        + " from staff s" + where + order + " limit :limit offset :offset")
                .params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(StaffSummary.class).list();
        return new ResultPage<>(content, query.page(), query.size(), total);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String name, Object value,
                               String condition) {
        if (value != null) {
            where.append(" ").append(condition.strip());
            params.put(name, value);
        }
    }

    private static Map<String, Object> params(StaffDraft staff) {
        Map<String, Object> params = new HashMap<>();
        params.put("role", staff.role().name());
        params.put("nameZh", staff.nameZh());
        params.put("nameEn", staff.nameEn());
        params.put("province", staff.province());
        params.put("email", staff.email());
        params.put("active", staff.active());
        params.put("certificateNo", staff.enforcementCertificateNo());
        params.put("certificateValidUntil", staff.enforcementCertificateValidUntil());
        return params;
    }
}
