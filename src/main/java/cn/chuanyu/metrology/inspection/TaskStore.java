package cn.chuanyu.metrology.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the task projection. "My tasks" walks an index in (created_at, task_id) order and stops at the limit:
 * for an inspector through their own open-task index, for a supervisor through the open queue of their
 * province, so neither sorts the whole backlog.
 */
@Repository
class TaskStore {

    private static final String COLUMNS =
            "t.task_id, t.inspection_id, t.task_kind, t.province, t.assignee, t.created_at, t.closed_at";

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OpenTask> find(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from inspection_task t where t.task_id = :id")
                .param("id", taskId).query(TaskStore::task).optional();
    }

    List<OpenTask> openOf(long inspectionId) {
        return jdbc.sql("select " + COLUMNS + " from inspection_task t where t.inspection_id = :id"
                        + " and t.closed_at is null order by t.created_at, t.task_id")
                .param("id", inspectionId).query(TaskStore::task).list();
    }

    /** Walks the inspector's own open-task index (V24) in order; the team join sorted every task they had. */
    List<OpenTask> ofInspector(long staffId, String username, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from inspection_task_member m join inspection_task t on t.task_id = m.task_id
                        where m.staff_id = :staff and t.closed_at is null
                          and (t.assignee is null or t.assignee = :username)
                        order by m.created_at, m.task_id limit :limit""")
                .param("staff", staffId).param("username", username).param("limit", limit)
                .query(TaskStore::task).list();
    }

    List<OpenTask> ofSupervisor(long staffId, String username, String province, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from inspection_task t
                        where t.province = :province and t.actor_role = 'SUPERVISOR' and t.closed_at is null
                          and (t.assignee is null or t.assignee = :username)
                          and not exists (select 1 from inspection_team m
                                          where m.inspection_id = t.inspection_id and m.staff_id = :staff)
                        order by t.created_at, t.task_id limit :limit""")
                .param("staff", staffId).param("username", username).param("province", province)
                .param("limit", limit).query(TaskStore::task).list();
    }

    /**
     * The open tasks of an inspector (no {@code queueProvince}) or of a supervisor's queue, filtered and ordered as
     * the listing says, then cut at the limit, so a filter reaches every task however long the list is.
     */
    List<OpenTask> listed(TaskListing listing, long staffId, String username, String queueProvince, int limit) {
        String joins = " join inspection i on i.id = t.inspection_id join registry_party_view p on p.id = i.party_id";
        String source = queueProvince == null
                ? " from inspection_task_member m join inspection_task t on t.task_id = m.task_id" + joins
                        + " where m.staff_id = :staff"
                : " from inspection_task t" + joins + " where t.province = :queue and t.actor_role = 'SUPERVISOR'"
                        + " and not exists (select 1 from inspection_team m"
                        + " where m.inspection_id = t.inspection_id and m.staff_id = :staff)";
        String sql = "select " + COLUMNS + source + " and t.closed_at is null"
                + " and (t.assignee is null or t.assignee = :username)" + listing.where()
                + " order by " + listing.orderBy(queueProvince == null ? "m.created_at" : "t.created_at")
                + " limit :limit";
        return jdbc.sql(sql).param("staff", staffId).param("username", username).param("queue", queueProvince)
                .param("kind", listing.kind()).param("province", listing.province())
                .param("from", listing.from()).param("to", listing.to()).param("limit", limit)
                .query(TaskStore::task).list();
    }

    void assign(String taskId, String username) {
        jdbc.sql("update inspection_task set assignee = :username where task_id = :id")
                .param("username", username).param("id", taskId).update();
    }

    private static OpenTask task(ResultSet rs, int n) throws SQLException {
        return new OpenTask(rs.getString("task_id"), rs.getLong("inspection_id"),
                TaskKind.valueOf(rs.getString("task_kind")), rs.getString("province"), rs.getString("assignee"),
                rs.getTimestamp("created_at").toInstant(), InspectionStore.instant(rs.getTimestamp("closed_at")));
    }
}
