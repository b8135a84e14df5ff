package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Reads an inspection's result in the shape the public disclosure publishes it. */
@Service
public class PublishedResults {

    private final InspectionStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Registry registry;

    PublishedResults(InspectionStore store, JdbcClient jdbc, Clock clock, Registry registry) {
        this.registry = registry;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The result of a decided inspection; empty while it has no outcome. */
    @Transactional(readOnly = true)
    public Optional<PublishedResult> of(long inspectionId) {
        return store.find(inspectionId).filter(row -> row.outcome() != null).map(row -> new PublishedResult(
                row.id(), row.partyId(), row.province(), row.campaignId(),
                row.inspectedOn() == null ? row.plannedDate() : row.inspectedOn(), row.outcome(),
                row.referredForEnforcement(), row.rectifiedOn(),
                row.closedAt() == null ? null : LocalDate.ofInstant(row.closedAt(), clock.getZone()),
                jdbc.sql("""
                                select c.code, c.title_zh, c.title_en,
                                       (select f.severity from finding f
                                        where f.inspection_id = i.id and f.checklist_item = c.code
                                        order by case f.severity when 'CRITICAL' then 0 when 'MAJOR' then 1 else 2 end
                                        limit 1) as severity
                                from inspection i join checklist_item c on c.party_kind = :kind
                                where i.id = :id order by c.position""")
                        .param("id", inspectionId)
                        .param("kind", registry.party(row.partyId()).orElseThrow().kind().name()).query(PublishedResult.CheckedItem.class).list()));
    }
}
