package cn.chuanyu.metrology.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Summaries of several inspections at once, for the lines of a task list. */
@Repository
class InspectionPageQueries {

    private final JdbcClient jdbc;

    InspectionPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Views.InspectionSummary> summaries(Collection<Long> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return Map.of();
        }
        List<Views.InspectionSummary> rows = jdbc.sql("""
                        select i.id, i.party_id, p.name_zh as party_name, p.name_en as party_name_en, i.province, i.status, i.outcome,
                               i.planned_date, i.inspected_on, i.rectification_deadline,
                               i.rectification_deadline_provisional, i.rectified_on
                        from inspection i join registry_party_view p on p.id = i.party_id where i.id = any(:ids)""")
                .param("ids", inspectionIds.toArray(Long[]::new)).query(Views.InspectionSummary.class).list();
        return rows.stream().collect(Collectors.toMap(Views.InspectionSummary::id, Function.identity()));
    }
}
