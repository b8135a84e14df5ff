package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.TaskAccess;
import cn.chuanyu.metrology.inspection.rules.TaskAccess.Actor;
import cn.chuanyu.metrology.inspection.rules.TaskAccess.Verdict;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Set;

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
        InspectionRow row = (lock ? store.lock(inspectionId) : store.find(inspectionId))
                .orElseThrow(() -> Problems.notFound("No inspection " + inspectionId));
        Set<Long> team = Set.copyOf(store.team(inspectionId));
        if (!TaskAccess.maySee(actor(user), row.province(), team)) {
            throw Problems.notFound("No inspection " + inspectionId);
        }
        return new Seen(row, team);
    }

    /** Fails unless the user is on the inspection's team and acts as an inspector. */
    void requireTeamInspector(Seen seen, CurrentUser user) {
        Verdict verdict = TaskAccess.mayAct(actor(user), StaffRole.INSPECTOR, seen.row().province(), seen.team(),
                null);
        if (verdict != Verdict.ALLOWED) {
            throw Problems.forbidden("Only an inspector of this inspection's team may do this");
        }
    }

    void requireVerdict(Verdict verdict) {
        switch (verdict) {
            case ALLOWED -> {
            }
            case HIDDEN -> throw Problems.notFound("No such task");
            case FORBIDDEN -> throw Problems.forbidden("You may not act on this task");
            case TAKEN -> throw Problems.conflict("Another user has claimed this task");
        }
    }

    /** An inspection a user may see, with its team's staff ids. */
    record Seen(InspectionRow row, Set<Long> team) {
    }
}
