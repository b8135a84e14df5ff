package cn.chuanyu.metrology.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * What the task list shows: the filter people reach for first (task kind, province, planned date range) and the
 * order (created, planned, party, kind; ascending or descending). Unknown values are dropped, so a stale or
 * tampered link shows the plain list; the SQL it yields carries only fixed fragments and named parameters.
 */
record TaskListing(String kind, String province, LocalDate from, LocalDate to, String sort, boolean descending) {

    private static final Set<String> SORTS = Set.of("planned", "party", "kind");
    private static final Set<String> PROVINCES = Set.of("SC", "CQ");
    static final TaskListing NONE = new TaskListing(null, null, null, null, null, false);

    TaskListing {
        kind = isKind(kind) ? kind : null;
        province = province != null && PROVINCES.contains(province) ? province : null;
        sort = sort != null && SORTS.contains(sort) ? sort : null;
    }

    /**
     * The listing as plain text for the session (kept in the database across upgrades, so no serialised class
     * that a later version might no longer read).
     */
    String remembered() {
        return String.join("|", text(kind), text(province), text(from), text(to), text(sort), descending ? "desc" : "");
    }

    /** The listing {@link #remembered()} wrote; anything unreadable is the plain list. */
    static TaskListing fromRemembered(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 6) {
            return NONE;
        }
        try {
            return new TaskListing(orNull(parts[0]), orNull(parts[1]), date(parts[2]), date(parts[3]),
                    orNull(parts[4]), "desc".equals(parts[5]));
        } catch (DateTimeParseException unreadable) {
            return NONE;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
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
