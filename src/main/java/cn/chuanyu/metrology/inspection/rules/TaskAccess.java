package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.registry.StaffRole;

import java.util.Set;

/**
 * Who may see an inspection and act on its tasks. Inspectors see only the inspections of teams they are on (of
 * either province, in a joint campaign) and act on those tasks; supervisors see their own province's inspections
 * and act on its review and escalation tasks, never on an inspection whose team they are on (the same person never
 * both inspects and approves); administrators of both provinces see all and act on none.
 */
public final class TaskAccess {

    /** The answer for one person and one task. */
    public enum Verdict {
        /** may act */
        ALLOWED,
        /** may not even know the inspection exists */
        HIDDEN,
        /** may see it but not act */
        FORBIDDEN,
        /** someone else has claimed the task */
        TAKEN
    }

    /**
     * The person asking.
     *
     * @param role     ADMIN, SUPERVISOR or INSPECTOR
     * @param province null for an administrator of both provinces
     * @param staffId  null for an administrator
     */
    public record Actor(String username, String role, String province, Long staffId) {
    }

    private TaskAccess() {
    }

    public static boolean maySee(Actor actor, String inspectionProvince, Set<Long> team) {
        if (actor.staffId() != null && team.contains(actor.staffId())) {
            return true;
        }
        return switch (actor.role()) {
            case "ADMIN" -> actor.province() == null || actor.province().equals(inspectionProvince);
            case "SUPERVISOR" -> actor.province() != null && actor.province().equals(inspectionProvince);
            default -> false;
        };
    }

    public static Verdict mayAct(Actor actor, StaffRole taskRole, String inspectionProvince, Set<Long> team,
                                 String assignee) {
        if (!maySee(actor, inspectionProvince, team)) {
            return Verdict.HIDDEN;
        }
        if (actor.staffId() == null || !taskRole.name().equals(actor.role())) {
            return Verdict.FORBIDDEN;
        }
        boolean onTeam = team.contains(actor.staffId());
        boolean allowed = taskRole == StaffRole.INSPECTOR ? onTeam
                : inspectionProvince.equals(actor.province()) && !onTeam;
        if (!allowed) {
            return Verdict.FORBIDDEN;
        }
        return assignee == null || assignee.equals(actor.username()) ? Verdict.ALLOWED : Verdict.TAKEN;
    }
}
