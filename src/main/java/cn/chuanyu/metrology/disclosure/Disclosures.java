package cn.chuanyu.metrology.disclosure;

import cn.chuanyu.metrology.inspection.InspectionResult;
import cn.chuanyu.metrology.inspection.Inspections;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Publishes approved inspection results and lists them, newest first. */
@Service
public class Disclosures {

    private final Inspections inspections;
    private final Registry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    Disclosures(Inspections inspections, Registry registry, JdbcClient jdbc, Clock clock) {
        this.inspections = inspections;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Publishes the result of a decided inspection; publishing it again changes nothing. */
    @Transactional
    public void publish(long inspectionId) {
        InspectionResult result = inspections.result(inspectionId)
                .orElseThrow(() -> new IllegalStateException("Inspection " + inspectionId + " has no result"));
        Party party = registry.party(result.partyId()).orElseThrow();
        jdbc.sql("""
                        insert into disclosure (inspection_id, party_id, credit_code, party_name_zh, province,
                                                inspected_on, outcome, published_at)
                        values (:inspection, :party, :code, :name, :province, :on, :outcome, :now)
                        on conflict (inspection_id) do nothing""")
                .param("inspection", inspectionId).param("party", party.id()).param("code", party.creditCode())
                .param("name", party.nameZh()).param("province", result.province())
                .param("on", result.inspectedOn()).param("outcome", result.outcome().name())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Published results, newest first, optionally of one province. */
    @Transactional(readOnly = true)
    public List<Disclosure> list(String province, int limit, int offset) {
        return jdbc.sql("""
                        select id, credit_code, party_name_zh, province, inspected_on, outcome, published_at
                        from disclosure where (cast(:province as char(2)) is null or province = :province)
                        order by published_at desc, id desc limit :limit offset :offset""")
                .param("province", province).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Disclosure(rs.getLong("id"), rs.getString("credit_code"),
                        rs.getString("party_name_zh"), rs.getString("province"),
                        rs.getDate("inspected_on").toLocalDate(), rs.getString("outcome"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** Published results whose party name contains the text or whose credit code is it, newest first. */
    @Transactional(readOnly = true)
    public List<Disclosure> search(String province, String text, int limit, int offset) {
        String needle = text == null || text.isBlank() ? null : text.strip();
        return jdbc.sql("""
                        select id, credit_code, party_name_zh, province, inspected_on, outcome, published_at
                        from disclosure where (cast(:province as char(2)) is null or province = :province)
                          and (cast(:text as varchar) is null or credit_code = upper(:text)
                               or strpos(party_name_zh, :text) > 0)
                        order by published_at desc, id desc limit :limit offset :offset""")
                .param("province", province).param("text", needle).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Disclosure(rs.getLong("id"), rs.getString("credit_code"),
                        rs.getString("party_name_zh"), rs.getString("province"),
                        rs.getDate("inspected_on").toLocalDate(), rs.getString("outcome"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }
}
