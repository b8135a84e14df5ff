package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.TaskAccess.Actor;
import cn.chuanyu.metrology.inspection.rules.TaskAccess.Verdict;
import cn.chuanyu.metrology.inspection.rules.TaskAccess;
import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/** Finds an inspection for a user, answering 404 when the user may not see it and 403/409 when not act. */
@Component
class InspectionAccess {

    private final InspectionStore store;

    InspectionAccess(InspectionStore store) {
        this.store = store;
    }

    static Actor actor(CurrentUser user) {
        return new Actor(user.username(), user.role().name(), user.province(), user.staffId());
    }

    /** The inspection with its team, if the user may see it; locked for the transaction when asked. */
    Seen seen(long inspectionId, CurrentUser user, boolean lock) {
        return seen(inspectionId, user, lock, () -> new NotFoundException("problem.inspection.notFound", inspectionId));
    }

    /** The same, answering with the given refusal (e.g. naming the task asked for) when the user may not see it. */
    Seen seen(long inspectionId, CurrentUser user, boolean lock, Supplier<NotFoundException> notFound) {
        InspectionRow row = (lock ? store.lock(inspectionId) : store.find(inspectionId)).orElseThrow(notFound);
        Set<Long> team = Set.copyOf(store.team(inspectionId));
        if (!TaskAccess.maySee(actor(user), row.province(), team)) {
            throw notFound.get();
        }
        return new Seen(row, team);
    }

    /** Of the given inspections, those the user may see (the same rule as {@link #seen}), in one statement. */
    Set<Long> visible(Collection<Long> inspectionIds, CurrentUser user) {
        if (inspectionIds.isEmpty()) {
            return Set.of();
        }
        Actor actor = actor(user);
        return store.reach(inspectionIds).entrySet().stream()
                .filter(entry -> TaskAccess.maySee(actor, entry.getValue().province(), entry.getValue().team()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Fails unless the user is on the inspection's team and acts as an inspector. */
    void requireTeamInspector(Seen seen, CurrentUser user) {
        Verdict verdict = TaskAccess.mayAct(actor(user), StaffRole.INSPECTOR, seen.row().province(), seen.team(),
                null);
        if (verdict != Verdict.ALLOWED) {
            throw new ForbiddenException("problem.inspection.teamOnly");
        }
    }

    void requireVerdict(Verdict verdict, String taskId) {
        switch (verdict) {
            case ALLOWED -> {
            }
            case HIDDEN -> throw new NotFoundException("problem.task.notFound", taskId);
            case FORBIDDEN -> throw new ForbiddenException("problem.task.forbidden", taskId);
            case TAKEN -> throw new ConflictException("problem.task.taken", taskId);
        }
    }

    /** An inspection a user may see, with its team's staff ids. */
    record Seen(InspectionRow row, Set<Long> team) {
    }
}
