package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.registry.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the parties a campaign may draw from the registry's tables in one query: active parties of the kind and
 * provinces that work in at least one of the campaign's categories, with whether a standard, certificate or type
 * approval of theirs has expired.
 */
@Repository
class RegisterQuery {

    private final JdbcClient jdbc;

    RegisterQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A party that may be drawn, with the campaign's categories it works in (sorted). */
    record Candidate(long partyId, String province, String riskClass, List<String> categories,
                     boolean expiredCredentials) {
    }

    List<Candidate> candidates(PartyKind kind, List<String> provinces, List<String> categories, LocalDate today) {
        return jdbc.sql("""
                        select * from (
                            select p.id, p.province, p.risk_class,
                                array(select c.code from (
                                        select s.category_code as code from authorisation_scope s where s.party_id = p.id
                                        union select pr.category_code from product pr where pr.party_id = p.id) c
                                      where c.code = any(cast(:categories as varchar[])) order by c.code) as categories,
                                exists (select 1 from measurement_standard m where m.party_id = p.id and m.calibration_due < :today)
                                or exists (select 1 from product pr where pr.party_id = p.id and pr.approval_valid_to < :today)
                                or exists (select 1 from authorisation_certificate a where a.party_id = p.id and a.valid_to < :today)
                                    as expired
                            from party p
                            where p.status = 'ACTIVE' and p.kind = :kind and p.province = any(cast(:provinces as char(2)[]))
                        ) eligible
                        where cardinality(categories) > 0
                        order by id""")
                .param("categories", categories.toArray(String[]::new))
                .param("provinces", provinces.toArray(String[]::new))
                .param("kind", kind.name()).param("today", today)
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("province"),
                        rs.getString("risk_class"), List.of((String[]) rs.getArray("categories").getArray()),
                        rs.getBoolean("expired")))
                .list();
    }
}
