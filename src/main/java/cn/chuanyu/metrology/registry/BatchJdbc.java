package cn.chuanyu.metrology.registry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQL for many parties or staff at once, as JDBC batches. */
@Repository
class BatchJdbc {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    BatchJdbc(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    List<String> takenCreditCodes(List<String> codes) {
        return jdbc.sql("select credit_code from party where credit_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list();
    }

    List<String> takenStaffNumbers(List<String> numbers) {
        return jdbc.sql("select staff_no from staff where staff_no = any(:numbers)")
                .param("numbers", numbers.toArray(String[]::new)).query(String.class).list();
    }

    void insertParties(List<PartyDraft> parties) {
        jdbcTemplate.batchUpdate("""
                insert into party (credit_code, kind, name_zh, name_en, province, region_code, address, contact_emails,
                                   preferred_language, risk_class, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", parties, parties.size(), (ps, p) -> {
            ps.setString(1, p.creditCode());
            ps.setString(2, p.kind().name());
            ps.setString(3, p.nameZh());
            ps.setString(4, p.nameEn());
            ps.setString(5, p.province());
            ps.setString(6, p.regionCode());
            ps.setString(7, p.address());
            ps.setArray(8, ps.getConnection().createArrayOf("varchar", p.contactEmails().toArray()));
            ps.setString(9, p.preferredLanguage());
            ps.setString(10, p.riskClass().name());
            ps.setString(11, p.status().name());
        });
        Map<String, Long> ids = partyIds(parties);
        List<PartyDraft> bodies = parties.stream().filter(p -> p.certificate() != null).toList();
        jdbcTemplate.batchUpdate("insert into authorisation_certificate (party_id, number, valid_from, valid_to)"
                + " values (?, ?, ?, ?)", bodies, bodies.size(), (ps, p) -> {
            ps.setLong(1, ids.get(p.creditCode()));
            ps.setString(2, p.certificate().number());
            ps.setDate(3, Date.valueOf(p.certificate().validFrom()));
            ps.setDate(4, Date.valueOf(p.certificate().validTo()));
        });
        List<Object[]> scope = new ArrayList<>();
        bodies.forEach(p -> p.certificate().scope().forEach(c -> scope.add(new Object[]{ids.get(p.creditCode()), c})));
        jdbcTemplate.batchUpdate("insert into authorisation_scope (party_id, category_code) values (?, ?)", scope);
        insertStandards(parties, ids);
        insertProducts(parties, ids);
    }

    private void insertStandards(List<PartyDraft> parties, Map<String, Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        parties.forEach(p -> p.standards().forEach(s -> rows.add(new Object[]{ids.get(p.creditCode()), s.name(),
                s.certificateNumber(), Date.valueOf(s.calibrationDue())})));
        jdbcTemplate.batchUpdate("insert into measurement_standard (party_id, name, certificate_number,"
                + " calibration_due) values (?, ?, ?, ?)", rows);
    }

    private void insertProducts(List<PartyDraft> parties, Map<String, Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        parties.forEach(p -> p.products().forEach(pr -> rows.add(new Object[]{ids.get(p.creditCode()), pr.name(),
                pr.categoryCode(), pr.typeApprovalNumber(), Date.valueOf(pr.approvalValidFrom()),
                Date.valueOf(pr.approvalValidTo())})));
        jdbcTemplate.batchUpdate("insert into product (party_id, name, category_code, type_approval_number,"
                + " approval_valid_from, approval_valid_to) values (?, ?, ?, ?, ?, ?)", rows);
    }

    private Map<String, Long> partyIds(List<PartyDraft> parties) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, credit_code from party where credit_code = any(:codes)")
                .param("codes", parties.stream().map(PartyDraft::creditCode).toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString("credit_code"), rs.getLong("id"));
                });
        return ids;
    }

    void insertStaff(List<StaffDraft> staff) {
        jdbcTemplate.batchUpdate("insert into staff (staff_no, role, name_zh, name_en, province, email, active)"
                + " values (?, ?, ?, ?, ?, ?, ?)", staff, staff.size(), (ps, s) -> setStaff(ps, s));
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, staff_no from staff where staff_no = any(:numbers)")
                .param("numbers", staff.stream().map(StaffDraft::staffNo).toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString("staff_no"), rs.getLong("id"));
                });
        List<Object[]> qualifications = new ArrayList<>();
        List<Object[]> conflicts = new ArrayList<>();
        staff.forEach(s -> {
            s.qualifications().forEach(q -> qualifications.add(new Object[]{ids.get(s.staffNo()), q}));
            s.conflicts().forEach(c -> conflicts.add(new Object[]{ids.get(s.staffNo()), c.partyId(), c.reason()}));
        });
        jdbcTemplate.batchUpdate("insert into staff_qualification (staff_id, category_code) values (?, ?)",
                qualifications);
        jdbcTemplate.batchUpdate("insert into staff_conflict (staff_id, party_id, reason) values (?, ?, ?)", conflicts);
    }

    private static void setStaff(PreparedStatement ps, StaffDraft s) throws SQLException {
        ps.setString(1, s.staffNo());
        ps.setString(2, s.role().name());
        ps.setString(3, s.nameZh());
        ps.setString(4, s.nameEn());
        ps.setString(5, s.province());
        ps.setString(6, s.email());
        ps.setBoolean(7, s.active());
    }
}
