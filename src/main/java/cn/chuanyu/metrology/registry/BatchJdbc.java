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
import java.util.function.Function;

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
        return jdbc.sql("select credit_code from party where credit_code = any(cast(:codes as char(18)[]))")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list();
    }

    List<String> takenStaffNumbers(List<String> numbers) {
        return jdbc.sql("select staff_no from staff where staff_no = any(:numbers)")
                .param("numbers", numbers.toArray(String[]::new)).query(String.class).list();
    }

    /**
     * Inserts the parties with one multi-row statement per table (rows passed as arrays and unnested), which
     * PostgreSQL runs several times faster than a JDBC batch of single-row inserts.
     */
    void insertParties(List<PartyDraft> parties) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, name_en, province, region_code, address,
                                           contact_emails, preferred_language, risk_class, status)
                        select t.code, t.kind, t.name_zh, t.name_en, t.province, t.region, t.address,
                               cast(string_to_array(t.emails, ' ') as varchar[]), t.language, t.risk, t.status
                        from unnest(cast(:codes as text[]), cast(:kinds as text[]), cast(:namesZh as text[]),
                                    cast(:namesEn as text[]), cast(:provinces as text[]), cast(:regions as text[]),
                                    cast(:addresses as text[]), cast(:emails as text[]), cast(:languages as text[]),
                                    cast(:risks as text[]), cast(:statuses as text[]))
                             as t(code, kind, name_zh, name_en, province, region, address, emails, language, risk, status)
                        returning id, credit_code""")
                .param("codes", column(parties, PartyDraft::creditCode))
                .param("kinds", column(parties, p -> p.kind().name()))
                .param("namesZh", column(parties, PartyDraft::nameZh))
                .param("namesEn", column(parties, PartyDraft::nameEn))
                .param("provinces", column(parties, PartyDraft::province))
                .param("regions", column(parties, PartyDraft::regionCode))
                .param("addresses", column(parties, PartyDraft::address))
                // addresses cannot contain a space, so it separates them
                .param("emails", column(parties, p -> String.join(" ", p.contactEmails())))
                .param("languages", column(parties, PartyDraft::preferredLanguage))
                .param("risks", column(parties, p -> p.riskClass().name()))
                .param("statuses", column(parties, p -> p.status().name()))
                .query(rs -> {
                    ids.put(rs.getString("credit_code"), rs.getLong("id"));
                });
        insertCertificates(parties.stream().filter(p -> p.certificate() != null).toList(), ids);
        insertStandards(parties, ids);
        insertProducts(parties, ids);
        insertOperatingProvinces(parties, ids);
    }

    private void insertOperatingProvinces(List<PartyDraft> parties, Map<String, Long> ids) {
        List<Long> partyIds = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        parties.stream().filter(p -> p.operatingProvinces() != null).forEach(p -> p.operatingProvinces()
                .forEach(operating -> {
                    partyIds.add(ids.get(p.creditCode()));
                    provinces.add(operating.province());
                    bases.add(operating.basis().name());
                }));
        if (partyIds.isEmpty()) {
            return;
        }
        jdbc.sql("insert into party_operating_province (party_id, province, basis)"
                        + " select * from unnest(cast(:ids as bigint[]), cast(:provinces as text[]), cast(:bases as text[]))")
                .param("ids", partyIds.toArray(Long[]::new)).param("provinces", provinces.toArray(String[]::new))
                .param("bases", bases.toArray(String[]::new)).update();
    }

    private void insertCertificates(List<PartyDraft> bodies, Map<String, Long> ids) {
        jdbc.sql("""
                        insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                        select * from unnest(cast(:ids as bigint[]), cast(:numbers as text[]),
                                             cast(:validFrom as date[]), cast(:validTo as date[]))""")
                .param("ids", bodies.stream().map(p -> ids.get(p.creditCode())).toArray(Long[]::new))
                .param("numbers", column(bodies, p -> p.certificate().number()))
                .param("validFrom", column(bodies, p -> p.certificate().validFrom().toString()))
                .param("validTo", column(bodies, p -> p.certificate().validTo().toString()))
                .update();
        List<Long> scopeIds = new ArrayList<>();
        List<String> scopeCodes = new ArrayList<>();
        bodies.forEach(p -> p.certificate().scope().forEach(code -> {
            scopeIds.add(ids.get(p.creditCode()));
            scopeCodes.add(code);
        }));
        jdbc.sql("insert into authorisation_scope (party_id, category_code)"
                        + " select * from unnest(cast(:ids as bigint[]), cast(:codes as text[]))")
                .param("ids", scopeIds.toArray(Long[]::new)).param("codes", scopeCodes.toArray(String[]::new))
                .update();
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
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

    void insertStaff(List<StaffDraft> staff) {
        jdbcTemplate.batchUpdate("insert into staff (staff_no, role, name_zh, name_en, province, email, active,"
                + " enforcement_certificate_no, enforcement_certificate_valid_until)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", staff, staff.size(), (ps, s) -> setStaff(ps, s));
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
        ps.setString(8, s.enforcementCertificateNo());
        ps.setDate(9, s.enforcementCertificateValidUntil() == null ? null
                : Date.valueOf(s.enforcementCertificateValidUntil()));
    }
}
