package cn.chuanyu.metrology.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the business answered to each rectification order: its statement with the evidence it handed in for that
 * answer (the files uploaded after the answer before), newest first, for the team that verifies it.
 */
@Repository
class RectificationAnswers {

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;

    RectificationAnswers(JdbcClient jdbc, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    List<Views.RectificationAnswer> of(long inspectionId) {
        List<Submitted> submitted = jdbc.sql("""
                        select detail as statement, actor, occurred_at from inspection_event
                        where inspection_id = :id and action = 'RECTIFICATION_SUBMITTED' order by occurred_at, id""")
                .param("id", inspectionId).query(Submitted.class).list();
        List<Views.Evidence> files = evidence.of(inspectionId).stream()
                .filter(e -> "RECTIFICATION".equals(e.purpose())).toList();
        List<Views.RectificationAnswer> answers = new ArrayList<>();
        OffsetDateTime after = null;
        for (Submitted answer : submitted) {
            OffsetDateTime from = after;
            answers.add(0, new Views.RectificationAnswer(answer.statement(), answer.actor(), answer.occurredAt(),
                    files.stream().filter(f -> (from == null || f.uploadedAt().isAfter(from))
                            && !f.uploadedAt().isAfter(answer.occurredAt())).toList()));
            after = answer.occurredAt();
        }
        return answers;
    }

    private record Submitted(String statement, String actor, OffsetDateTime occurredAt) {
    }
}
