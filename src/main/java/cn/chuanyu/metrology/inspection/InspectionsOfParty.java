package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.registry.PartyInspection;
import cn.chuanyu.metrology.registry.PartyInspections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the registry's question for a party's page: its inspections, newest planned first. */
@Component
class InspectionsOfParty implements PartyInspections {

    private final JdbcClient jdbc;

    InspectionsOfParty(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PartyInspection> of(long partyId) {
        return jdbc.sql("""
                        select id, status, planned_date, inspected_on, outcome from inspection
                        where party_id = :party order by planned_date desc, id desc limit :limit""")
                .param("party", partyId).param("limit", LIMIT)
                .query(PartyInspection.class).list();
    }
}
