package cn.chuanyu.metrology.registry.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;

/** SQL that streams the register out in the import's column layout, a thousand rows at a time. */
@Repository
class ExportJdbc {

    private static final String PARTIES = """
            select p.credit_code, p.kind, p.name_zh, p.name_en, p.province, p.region_code, p.address,
                   array_to_string(p.contact_emails, ';') as contact_emails, p.preferred_language, p.risk_class,
                   p.status, c.number as certificate_number, c.valid_from as certificate_valid_from,
                   c.valid_to as certificate_valid_to,
                   (select string_agg(s.category_code, ';' order by s.category_code) from authorisation_scope s
                    where s.party_id = p.id) as scope_categories,
                   (select string_agg(o.province || ':' || o.basis, ';' order by o.province)
                    from party_operating_province o where o.party_id = p.id) as operating_provinces
            from party p left join authorisation_certificate c on c.party_id = p.id
            where (? = '' or p.province = ?) order by p.id""";

    private static final String STAFF = """
            select s.staff_no, s.role, s.name_zh, s.name_en, s.province, s.email, s.active::text as active,
                   (select string_agg(q.category_code, ';' order by q.category_code) from staff_qualification q
                    where q.staff_id = s.id) as qualifications,
                   s.enforcement_certificate_no, s.enforcement_certificate_valid_until::text
                       as enforcement_certificate_valid_until
            from staff s where (? = '' or s.province = ?) order by s.id""";

    private final JdbcTemplate streaming;

    ExportJdbc(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    /** Streams parties (of one province, or all when province is null); needs a transaction to use a cursor. */
    void parties(String province, RowCallbackHandler row) {
        String filter = province == null ? "" : province;
        streaming.query(PARTIES, row, filter, filter);
    }

    void staff(String province, RowCallbackHandler row) {
        String filter = province == null ? "" : province;
        streaming.query(STAFF, row, filter, filter);
    }
}
