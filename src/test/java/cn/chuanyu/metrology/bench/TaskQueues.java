package cn.chuanyu.metrology.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 4: "my tasks" of an inspector and the review queue of a supervisor with a large backlog of open
 * inspections. The backlog is written straight into the inspection tables and their task projection
 * ({@code inspection_task}, {@code inspection_task_member}), the rows the engine's task listener writes, without
 * engine instances: the reads under test touch only the projection.
 */
final class TaskQueues {

    private final JdbcClient jdbc;

    TaskQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens {@code count} inspections: even ones wait on site for their two-inspector team, odd ones wait for the
     * review of their province's supervisors; every inspector is on about 2 * count / inspectors teams.
     * Team members and parties are not matched by province: the reads under test do not look at that. The busy
     * inspector is also on a fifth of the inspections waiting on site, so their "my tasks" has thousands of candidates to order.
     */
    void backlog(int count, List<Long> parties, List<Long> inspectors, long busyInspector) {
        Long[] staff = inspectors.toArray(Long[]::new);
        jdbc.sql("""
                insert into inspection (party_id, province, planned_date, status, opened_by, opened_at)
                select p.id, p.province, date '2027-01-15', case when n % 2 = 0 then 'ON_SITE' else 'UNDER_REVIEW' end,
                       'bench-backlog', now() - make_interval(secs => :count - n)
                from generate_series(1, :count) n
                join party p on p.id = (cast(:parties as bigint[]))[1 + n % cardinality(cast(:parties as bigint[]))]""")
                .param("count", count).param("parties", parties.toArray(Long[]::new)).update();
        jdbc.sql("""
                insert into inspection_team (inspection_id, staff_id)
                select i.id, s.staff from (select id, row_number() over (order by id) as n from inspection
                                           where opened_by = 'bench-backlog') i
                cross join lateral (values ((cast(:staff as bigint[]))[1 + i.n % cardinality(cast(:staff as bigint[]))]),
                                           ((cast(:staff as bigint[]))[1 + (i.n + 1) % cardinality(cast(:staff as bigint[]))]))
                           as s(staff)
                union
                select id, :busy from inspection where opened_by = 'bench-backlog' and status = 'ON_SITE' and id % 5 = 0
                on conflict do nothing""")
                .param("staff", staff).param("busy", busyInspector).update();
        jdbc.sql("""
                insert into inspection_task (task_id, inspection_id, task_kind, actor_role, province, created_at)
                select 'bench-' || id, id, case when status = 'ON_SITE' then 'ON_SITE' else 'REVIEW' end,
                       case when status = 'ON_SITE' then 'INSPECTOR' else 'SUPERVISOR' end, province, opened_at
                from inspection where opened_by = 'bench-backlog'""").update();
        jdbc.sql("""
                insert into inspection_task_member (staff_id, task_id, created_at)
                select m.staff_id, t.task_id, t.created_at from inspection_task t
                join inspection_team m on m.inspection_id = t.inspection_id
                where t.task_id like 'bench-%' and t.actor_role = 'INSPECTOR'""").update();
        jdbc.sql("analyze").update();
    }

    int openTasks() {
        return jdbc.sql("select count(*) from inspection_task where closed_at is null").query(Integer.class).single();
    }

    /** The latency in ms of each of {@code reads} sequential "my tasks" calls of a signed-in user. */
    static List<Double> myTasks(Api user, int reads) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < reads; i++) {
            HttpLifecycles.timed(millis, () -> user.get("/api/tasks?limit=50"));
        }
        return millis;
    }
}
