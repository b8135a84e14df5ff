package cn.chuanyu.metrology.inspection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Open inspections whose process does not move although it should: its next automatic step has been due for longer
 * than {@code stuck-after} and no node ran it (no job executor, a lock that does not run out), it has kept failing
 * since longer than that, or it has run out of retries (an incident). Their status then stays where it is; the dashboard lists them and the gauge
 * {@code metrology.stuck{kind="inspection"}} counts them (the same figure on every node).
 */
@Service
@Transactional(readOnly = true)
class StuckInspections {

    private static final Duration GAUGE_REFRESH = Duration.ofSeconds(15);
    private static final String STUCK = """
            with waiting as (
                select j.process_instance_id_ as process_instance,
                       case when j.exception_msg_ is null then 'WAITING' else 'FAILING' end as reason,
                       case when j.exception_msg_ is null then coalesce(j.duedate_, j.create_time_)
                            else j.create_time_ end as since, j.exception_msg_ as detail
                from act_ru_job j
                where j.process_instance_id_ is not null and j.retries_ > 0 and j.suspension_state_ = 1
                  and case when j.exception_msg_ is null then coalesce(j.duedate_, j.create_time_)
                           else j.create_time_ end < :cutoff
                union all
                select n.proc_inst_id_, 'INCIDENT', n.incident_timestamp_, n.incident_msg_
                from act_ru_incident n where n.proc_inst_id_ is not null)
            select distinct on (i.id) i.id, i.province, i.status, w.reason, w.since, w.detail
            from inspection i join waiting w on w.process_instance = i.process_instance_id
            where i.status <> 'CLOSED' and (cast(:province as char(2)) is null or i.province = :province)
            """;

    private final JdbcClient jdbc;
    private final InspectionSettings settings;
    private final Clock clock;
    private final AtomicReference<Counted> lastCount = new AtomicReference<>(new Counted(0, Instant.MIN));

    StuckInspections(JdbcClient jdbc, InspectionSettings settings, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        Gauge.builder("metrology.stuck", this::countForGauge).tag("kind", "inspection")
                .description("Open inspections whose next automatic step has not run for stuck-after").register(registry);
    }

    /** The stuck inspections of a province (null: both), the longest stuck first, at most {@code limit}. */
    List<StuckInspection> list(String province, int limit) {
        return jdbc.sql("select * from (" + STUCK + "order by i.id, w.since) s order by since, id limit :limit")
                .param("cutoff", Timestamp.from(clock.instant().minus(settings.stuckAfter())))
                .param("province", province).param("limit", limit).query(StuckInspection.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from (" + STUCK + ") s")
                .param("cutoff", Timestamp.from(clock.instant().minus(settings.stuckAfter())))
                .param("province", null).query(Long.class).single();
    }

    /** Scrapes come from every node every few seconds: the figure is recounted at most every 15 s. */
    private double countForGauge() {
        Counted last = lastCount.get();
        Instant now = clock.instant();
        if (last.at().plus(GAUGE_REFRESH).isBefore(now)) {
            last = new Counted(count(), now);
            lastCount.set(last);
        }
        return last.count();
    }

    /** An inspection that does not move: why (WAITING, FAILING, INCIDENT), since when, and the last error. */
    record StuckInspection(long id, String province, String status, String reason, Instant since,
                                  String detail) {
    }

    private record Counted(long count, Instant at) {
    }
}
