package cn.chuanyu.metrology.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for parties and the certificates, standards and products they hold. */
@Repository
class PartyJdbc {

    private static final String SUMMARY_COLUMNS =
            "p.id, p.credit_code, p.kind, p.name_zh, p.name_en, p.province, p.region_code, p.risk_class, p.status,"
                    + " p.version";

    private final JdbcClient jdbc;

    PartyJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("select exists (select 1 from party where credit_code = cast(:code as char(18)))")
                .param("code", creditCode).query(Boolean.class).single();
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from party where id = :id)").param("id", id).query(Boolean.class).single();
    }

    long insert(PartyDraft party) {
        return jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, name_en, province, region_code, address,
                                           contact_emails, preferred_language, risk_class, status)
                        values (:creditCode, :kind, :nameZh, :nameEn, :province, :regionCode, :address,
                                cast(:emails as varchar[]), :language, :riskClass, :status)
                        returning id""")
                .param("creditCode", party.creditCode())
                .param("kind", party.kind().name())
                .params(identityParams(party))
                .query(Long.class).single();
    }

    /** Updates the identity fields when the version matches; false when it does not (or the party is gone). */
    boolean update(long id, int version, PartyDraft party) {
        return jdbc.sql("""
                        update party set name_zh = :nameZh, name_en = :nameEn, province = :province,
                            region_code = :regionCode, address = :address, contact_emails = cast(:emails as varchar[]),
                            preferred_language = :language, risk_class = :riskClass, status = :status,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).params(identityParams(party))
                .update() == 1;
    }

    boolean changeStatus(long id, int version, PartyStatus status) {
        return jdbc.sql("""
                        update party set status = :status, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("status", status.name()).update() == 1;
    }

    /** Replaces where else the party operates, unless the draft says nothing about it (null). */
    void replaceOperatingProvinces(long partyId, PartyDraft party) {
        if (party.operatingProvinces() == null) {
            return;
        }
        jdbc.sql("delete from party_operating_province where party_id = :id").param("id", partyId).update();
        party.operatingProvinces().forEach(operating -> jdbc.sql(
                        "insert into party_operating_province (party_id, province, basis) values (:id, :province, :basis)")
                .param("id", partyId).param("province", operating.province())
                .param("basis", operating.basis().name()).update());
    }

    List<OperatingProvince> operatingProvinces(long partyId) {
        return jdbc.sql("select province, basis from party_operating_province where party_id = :id order by province")
                .param("id", partyId)
                .query((rs, n) -> new OperatingProvince(rs.getString("province"),
                        OperatingProvince.Basis.valueOf(rs.getString("basis")))).list();
    }

    void replaceHoldings(long partyId, PartyDraft party) {
        jdbc.sql("delete from authorisation_certificate where party_id = :id").param("id", partyId).update();
        jdbc.sql("delete from measurement_standard where party_id = :id").param("id", partyId).update();
        jdbc.sql("delete from product where party_id = :id").param("id", partyId).update();
        if (party.certificate() != null) {
            insertCertificate(partyId, party.certificate());
        }
        party.standards().forEach(standard -> jdbc.sql("""
                        insert into measurement_standard (party_id, name, certificate_number, calibration_due)
                        values (:partyId, :name, :number, :due)""")
                .param("partyId", partyId).param("name", standard.name())
                .param("number", standard.certificateNumber()).param("due", standard.calibrationDue()).update());
        party.products().forEach(product -> jdbc.sql("""
                        insert into product (party_id, name, category_code, type_approval_number,
                                             approval_valid_from, approval_valid_to)
                        values (:partyId, :name, :category, :number, :validFrom, :validTo)""")
                .param("partyId", partyId).param("name", product.name()).param("category", product.categoryCode())
                .param("number", product.typeApprovalNumber()).param("validFrom", product.approvalValidFrom())
                .param("validTo", product.approvalValidTo()).update());
    }

    private void insertCertificate(long partyId, PartyDraft.Certificate certificate) {
        jdbc.sql("""
                        insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                        values (:partyId, :number, :validFrom, :validTo)""")
                .param("partyId", partyId).param("number", certificate.number())
                .param("validFrom", certificate.validFrom()).param("validTo", certificate.validTo()).update();
        jdbc.sql("""
                        insert into authorisation_scope (party_id, category_code)
                        select :partyId, unnest(cast(:codes as varchar[]))""")
                .param("partyId", partyId).param("codes", certificate.scope().toArray(String[]::new)).update();
    }

    Optional<PartyDetails> find(long id, LocalDate today) {
        return jdbc.sql("""
                        select p.*, c.number as cert_number, c.valid_from as cert_from, c.valid_to as cert_to,
                               array(select s.category_code from authorisation_scope s
                                     where s.party_id = p.id order by 1) as scope
                        from party p left join authorisation_certificate c on c.party_id = p.id
                        where p.id = :id""")
                .param("id", id)
                .query((rs, row) -> details(rs, today, standards(id, today), products(id, today),
                        operatingProvinces(id)))
                .optional();
    }

    private List<PartyDetails.Standard> standards(long partyId, LocalDate today) {
        return jdbc.sql("""
                        select id, name, certificate_number, calibration_due from measurement_standard
                        where party_id = :id order by id""")
                .param("id", partyId)
                .query((rs, row) -> {
                    LocalDate due = rs.getObject("calibration_due", LocalDate.class);
                    return new PartyDetails.Standard(rs.getLong("id"), rs.getString("name"),
                            rs.getString("certificate_number"), due, !Credential.validOn(due, today));
                }).list();
    }

    private List<PartyDetails.Product> products(long partyId, LocalDate today) {
        return jdbc.sql("""
                        select id, name, category_code, type_approval_number, approval_valid_from, approval_valid_to
                        from product where party_id = :id order by id""")
                .param("id", partyId)
                .query((rs, row) -> {
                    LocalDate validTo = rs.getObject("approval_valid_to", LocalDate.class);
                    return new PartyDetails.Product(rs.getLong("id"), rs.getString("name"),
                            rs.getString("category_code"), rs.getString("type_approval_number"),
                            rs.getObject("approval_valid_from", LocalDate.class), validTo, !Credential.validOn(validTo, today));
                }).list();
    }

    ResultPage<PartySummary> find(PartyQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        filter(where, params, "province", query.province(), " and p.province = :province");
        filter(where, params, "kind", query.kind() == null ? null : query.kind().name(), " and p.kind = :kind");
        filter(where, params, "status", query.status() == null ? null : query.status().name(), " and p.status = :status");
        filter(where, params, "category", query.category(), """
                 and (exists (select 1 from authorisation_scope s where s.party_id = p.id and s.category_code = :category)
                      or exists (select 1 from product pr where pr.party_id = p.id and pr.category_code = :category))""");
        long total = jdbc.sql("select count(*) from party p" + where).params(params).query(Long.class).single();
        String order = " order by " + query.sort().column + (query.descending() ? " desc" : " asc") + ", p.id";
        List<PartySummary> content = jdbc.sql("select " + SUMMARY_COLUMNS + " from party p" + where + order
                        + " limit :limit offset :offset")
                .params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(PartySummary.class).list();
        return new ResultPage<>(content, query.page(), query.size(), total);
    }

    private static void filter(StringBuilder where, java.util.Map<String, Object> params, String name, Object value,
                               String condition) {
        if (value != null) {
            where.append(" ").append(condition.strip());
            params.put(name, value);
        }
    }

    private static java.util.Map<String, Object> identityParams(PartyDraft party) {
        var params = new java.util.HashMap<String, Object>();
        params.put("nameZh", party.nameZh());
        params.put("nameEn", party.nameEn());
        params.put("province", party.province());
        params.put("regionCode", party.regionCode());
        params.put("address", party.address());
        params.put("emails", party.contactEmails().toArray(String[]::new));
        params.put("language", party.preferredLanguage());
        params.put("riskClass", party.riskClass().name());
        params.put("status", party.status().name());
        return params;
    }

    private static PartyDetails details(ResultSet rs, LocalDate today, List<PartyDetails.Standard> standards,
                                        List<PartyDetails.Product> products, List<OperatingProvince> operating)
            throws SQLException {
        PartyDetails.Certificate certificate = null;
        if (rs.getString("cert_number") != null) {
            LocalDate validTo = rs.getObject("cert_to", LocalDate.class);
            certificate = new PartyDetails.Certificate(rs.getString("cert_number"),
                    rs.getObject("cert_from", LocalDate.class), validTo, Set.of(strings(rs.getArray("scope"))),
                    !Credential.validOn(validTo, today));
        }
        return new PartyDetails(rs.getLong("id"), rs.getString("credit_code"), PartyKind.valueOf(rs.getString("kind")),
                rs.getString("name_zh"), rs.getString("name_en"), rs.getString("province"), rs.getString("region_code"),
                rs.getString("address"), List.of(strings(rs.getArray("contact_emails"))),
                rs.getString("preferred_language"), RiskClass.valueOf(rs.getString("risk_class")),
                PartyStatus.valueOf(rs.getString("status")), certificate, standards, products, operating,
                rs.getInt("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
