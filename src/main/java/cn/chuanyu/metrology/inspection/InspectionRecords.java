package cn.chuanyu.metrology.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The per-party summary of past inspections, read for many parties in one statement. */
@Repository
class InspectionRecords {

    private final JdbcClient jdbc;

    InspectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, PartyInspectionRecord> of(Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        // one text parameter holding the array: no parameter-count limit, one round trip for 100,000 ids
        String ids = partyIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        Map<Long, PartyInspectionRecord> result = new HashMap<>();
        // room for the hash tables of 100,000 parties, so the sorts and hashes stay in memory
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        with ids as (select distinct unnest(cast(:ids as bigint[])) as party_id),
                        last as (
                            select distinct on (i.party_id) i.party_id, i.id, i.outcome, i.inspected_on
                            from inspection i join ids on ids.party_id = i.party_id
                            where i.outcome is not null
                            order by i.party_id, i.inspected_on desc nulls last, i.id desc),
                        open_findings as (
                            select i.party_id, count(*) as open,
                                   count(*) filter (where f.severity in ('MAJOR', 'CRITICAL')) as severe
                            from finding f join inspection i on i.id = f.inspection_id
                            join ids on ids.party_id = i.party_id
                            where f.closed_at is null
                            group by i.party_id)
                        select ids.party_id, last.outcome, last.inspected_on,
                               coalesce(o.open, 0) as open, coalesce(o.severe, 0) as severe,
                               array(select t.staff_id from inspection_team t where t.inspection_id = last.id
                                     order by t.staff_id) as team
                        from ids left join last on last.party_id = ids.party_id
                        left join open_findings o on o.party_id = ids.party_id""")
                .param("ids", ids)
                .query(rs -> {
                    String outcome = rs.getString("outcome");
                    long partyId = rs.getLong("party_id");
                    result.put(partyId, new PartyInspectionRecord(partyId,
                            outcome == null ? null : Outcome.valueOf(outcome),
                            InspectionStore.date(rs.getDate("inspected_on")), rs.getInt("open"),
                            rs.getInt("severe"), longs(rs.getArray("team"))));
                });
        return result;
    }

    /**
     * The open inspection of each given party that has one. The ids are joined as a set: {@code party_id = any(ids)}
     * tested every inspection against the whole array, so with 100,000 candidates and 5,100 open inspections a
     * campaign's capacity took over a minute and the benchmark's second campaign timed out.
     */
    Map<Long, Long> openInspections(Collection<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Map.of();
        }
        String ids = partyIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        Map<Long, Long> open = new HashMap<>();
        jdbc.sql("""
                        select distinct on (i.party_id) i.party_id, i.id from inspection i
                        join (select distinct unnest(cast(:ids as bigint[])) as party_id) ids
                          on ids.party_id = i.party_id
                        where i.status <> 'CLOSED'
                        order by i.party_id, i.id""")
                .param("ids", ids)
                .query(rs -> {
                    open.put(rs.getLong(1), rs.getLong(2));
                });
        return open;
    }

    private static List<Long> longs(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }
}
