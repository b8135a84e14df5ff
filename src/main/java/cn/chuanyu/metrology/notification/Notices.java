package cn.chuanyu.metrology.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Records notice requests as PENDING notices in the caller's transaction. A process sends its notices from a
 * send task ({@code ${requestNoticeDelegate}}, asynchronous), which records and sends in its own job.
 */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the request unless the same (process instance, step, kind) was recorded before. */
    @Transactional
    public void request(NoticeRequest request) {
        jdbc.sql("""
                        insert into notice (process_instance_id, step, kind, party_id, subject_type, subject_id,
                                            requested_at)
                        values (:pi, :step, :kind, :party, :subjectType, :subjectId, :now)
                        on conflict (process_instance_id, step, kind) do nothing""")
                .param("pi", request.processInstanceId()).param("step", request.step())
                .param("kind", request.kind().name()).param("party", request.partyId())
                .param("subjectType", request.subjectType()).param("subjectId", request.subjectId())
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
