package cn.chuanyu.metrology.inspection;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the task list shows: the filter people reach for first (task kind, province, planned date range) and the
 * order (created, planned, party, kind; ascending or descending). Unknown values are dropped, so a stale or
 * tampered link shows the plain list; the SQL it yields carries only fixed fragments and named parameters.
 */
record TaskListing(String kind, String province, LocalDate from, LocalDate to, String sort, boolean descending)
        implements Serializable {

    private static final Set<String> SORTS = Set.of("planned", "party", "kind");
    private static final Set<String> PROVINCES = Set.of("SC", "CQ");
    static final TaskListing NONE = new TaskListing(null, null, null, null, null, false);

    TaskListing {
        kind = isKind(kind) ? kind : null;
        province = province != null && PROVINCES.contains(province) ? province : null;
        sort = sort != null && SORTS.contains(sort) ? sort : null;
    }

    public boolean isEmpty() {
        return kind == null && province == null && from == null && to == null && sort == null && !descending;
    }

    /** The sort as the page names it. */
    public String sortOrDefault() {
        return sort == null ? "created" : sort;
    }

    /** The conditions, each starting with " and ", on aliases t (inspection_task) and i (inspection). */
    String where() {
        StringBuilder where = new StringBuilder();
        if (kind != null) {
            where.append(" and t.task_kind = :kind");
        }
        if (province != null) {
            where.append(" and t.province = :province");
        }
        if (from != null) {
            where.append(" and i.planned_date >= :from");
        }
        if (to != null) {
            where.append(" and i.planned_date <= :to");
        }
        return where.toString();
    }

    /** The ORDER BY list; {@code created} is the column the list's index walks, ties broken by creation. */
    String orderBy(String created) {
        String dir = descending ? " desc" : "";
        String byCreation = created + dir + ", t.task_id" + dir;
        return switch (sortOrDefault()) {
            case "planned" -> "i.planned_date" + dir + ", " + byCreation;
            case "party" -> "p.name_zh" + dir + ", " + byCreation;
            case "kind" -> "t.task_kind" + dir + ", " + byCreation;
            default -> byCreation;
        };
    }

    private static boolean isKind(String value) {
        for (TaskKind kind : TaskKind.values()) {
            if (kind.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
