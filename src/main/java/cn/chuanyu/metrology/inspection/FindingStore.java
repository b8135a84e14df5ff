package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.policies.ProposedFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Findings of inspections and the checklists they refer to. */
@Repository
class FindingStore {

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> checklistCodes(String partyKind) {
        return Set.copyOf(jdbc.sql("select code from checklist_item where party_kind = :kind")
                .param("kind", partyKind).query(String.class).list());
    }

    List<Views.ChecklistItem> checklist(String partyKind) {
        return jdbc.sql("""
                        select code, area_code, area_zh, area_en, title_zh, title_en, clause
                        from checklist_item where party_kind = :kind order by position""")
                .param("kind", partyKind).query(Views.ChecklistItem.class).list();
    }

    long insert(long inspectionId, Views.NewFinding finding, long staffId, Instant now) {
        return jdbc.sql("""
                        insert into finding (inspection_id, checklist_item, clause, severity, description,
                                             recorded_by_staff_id, recorded_at)
                        select :inspection, c.code, coalesce(:clause, c.clause), :severity, :description, :staff, :now
                        from checklist_item c where c.code = :item
                        returning id""")
                .param("inspection", inspectionId).param("item", finding.checklistItem())
                .param("clause", finding.clause()).param("severity", finding.severity().name())
                .param("description", finding.description()).param("staff", staffId)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Records a finding a policy proposed, confirmed by the inspector (or, with no staff id, by the system). */
    long insertProposed(long inspectionId, ProposedFinding proposal, String description, Long staffId,
                        Instant now) {
        return jdbc.sql("""
                        insert into finding (inspection_id, checklist_item, clause, severity, description,
                                             recorded_by_staff_id, recorded_at, proposed_by)
                        select :inspection, c.code, c.clause, :severity, :description, :staff, :now, :key
                        from checklist_item c where c.code = :item
                        returning id""")
                .param("inspection", inspectionId).param("item", proposal.checklistItem())
                .param("severity", proposal.severity()).param("description", description)
                .param("staff", staffId).param("key", proposal.key())
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** The keys of the proposals already confirmed as findings of the inspection. */
    Set<String> confirmedProposals(long inspectionId) {
        return Set.copyOf(jdbc.sql("select proposed_by from finding where inspection_id = :id and proposed_by is not null")
                .param("id", inspectionId).query(String.class).list());
    }

    boolean exists(long inspectionId, long findingId) {
        return jdbc.sql("select exists (select 1 from finding where id = :id and inspection_id = :inspection)")
                .param("id", findingId).param("inspection", inspectionId).query(Boolean.class).single();
    }

    List<Views.Finding> of(long inspectionId) {
        return jdbc.sql("""
                        select id, checklist_item, clause, severity, description, recorded_by_staff_id,
                               recorded_at, closed_at
                        from finding where inspection_id = :id order by id""")
                .param("id", inspectionId).query(Views.Finding.class).list();
    }

    /** Open findings per severity. */
    Map<String, Integer> openCounts(long inspectionId) {
        Map<String, Integer> counts = new HashMap<>(Map.of("MINOR", 0, "MAJOR", 0, "CRITICAL", 0));
        jdbc.sql("select severity, count(*) from finding where inspection_id = :id and closed_at is null"
                        + " group by severity")
                .param("id", inspectionId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    void closeOpen(long inspectionId, Instant now) {
        jdbc.sql("update finding set closed_at = :now where inspection_id = :id and closed_at is null")
                .param("now", Timestamp.from(now)).param("id", inspectionId).update();
    }
}
