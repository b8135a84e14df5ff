package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.InspectionAccess.Seen;
import cn.chuanyu.metrology.inspection.rules.TaskAccess;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Claims, releases and completes inspection tasks. Each call locks the inspection row first, so two people
 * acting on one inspection at once take turns and the second finds the task already done (409).
 */
@Service
@Transactional
class TaskActions {

    private final TaskStore tasks;
    private final InspectionAccess access;
    private final InspectionStore store;
    private final TaskCompletions completions;
    private final TaskService engine;
    private final Clock clock;

    TaskActions(TaskStore tasks, InspectionAccess access, InspectionStore store, TaskCompletions completions,
                TaskService engine, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.store = store;
        this.completions = completions;
        this.engine = engine;
        this.clock = clock;
    }

    void claim(String taskId, CurrentUser user) {
        Acting acting = actOn(taskId, user);
        if (acting.task().assignee() == null) {
            engine.claim(taskId, user.username());
            tasks.assign(taskId, user.username());
            event(acting, "CLAIMED", user, null);
        }
    }

    void unclaim(String taskId, CurrentUser user) {
        Acting acting = actOn(taskId, user);
        if (acting.task().assignee() != null) {
            engine.setAssignee(taskId, null);
            tasks.assign(taskId, null);
            event(acting, "UNCLAIMED", user, null);
        }
    }

    void complete(String taskId, Views.Completion completion, CurrentUser user) {
        Acting acting = actOn(taskId, user);
        var result = completions.prepare(acting.seen(), acting.task().kind(), completion, user);
        event(acting, result.action(), user, result.detail());
        engine.complete(taskId, result.variables());
    }

    private Acting actOn(String taskId, CurrentUser user) {
        OpenTask before = tasks.find(taskId).orElseThrow(() -> taskNotFound(taskId));
        Seen seen = access.seen(before.inspectionId(), user, true, () -> taskNotFound(taskId));
        OpenTask task = tasks.find(taskId).orElseThrow();
        access.requireVerdict(TaskAccess.mayAct(InspectionAccess.actor(user), task.kind().actorRole,
                seen.row().province(), seen.team(), task.assignee()), taskId);
        if (task.closedAt() != null) {
            throw new ConflictException("problem.task.closed", taskId);
        }
        return new Acting(task, seen);
    }

    private void event(Acting acting, String action, CurrentUser user, String detail) {
        store.event(acting.task().inspectionId(), acting.task().kind().taskKey, action, user.username(),
                user.staffId(), detail, clock.instant());
    }

    private record Acting(OpenTask task, Seen seen) {
    }

    private static NotFoundException taskNotFound(String taskId) {
        return new NotFoundException("problem.task.notFound", taskId);
    }
}
