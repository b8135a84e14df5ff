package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.registry.StaffRole;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of the Inspection process, who acts on them and the status an inspection has meanwhile. */
enum TaskKind {
    ON_SITE("Task_InspectOnSite", StaffRole.INSPECTOR, "ON_SITE"),
    REVIEW("Task_ReviewInspection", StaffRole.SUPERVISOR, "UNDER_REVIEW"),
    VERIFY("Task_VerifyRectification", StaffRole.INSPECTOR, "VERIFYING"),
    ESCALATION("Task_HandleEscalation", StaffRole.SUPERVISOR, "ESCALATED");

    final String taskKey;
    final StaffRole actorRole;
    final String inspectionStatus;

    TaskKind(String taskKey, StaffRole actorRole, String inspectionStatus) {
        this.taskKey = taskKey;
        this.actorRole = actorRole;
        this.inspectionStatus = inspectionStatus;
    }

    static Optional<TaskKind> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(kind -> kind.taskKey.equals(taskKey)).findFirst();
    }
}
