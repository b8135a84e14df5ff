package cn.chuanyu.metrology.inspection;

import java.time.Instant;

/** A user task of an inspection as {@code inspection_task} keeps it; closedAt is set once it is done. */
record OpenTask(String taskId, long inspectionId, TaskKind kind, String province, String assignee,
                Instant createdAt, Instant closedAt) {
}
