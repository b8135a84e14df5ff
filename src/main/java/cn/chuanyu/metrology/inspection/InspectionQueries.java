package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.InspectionAccess.Seen;
import cn.chuanyu.metrology.inspection.rules.TaskAccess;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** What inspectors, supervisors and administrators read about inspections and tasks. */
@Service
@Transactional(readOnly = true)
class InspectionQueries {

    private static final String SUMMARY = """
            select i.id, i.party_id, p.name_zh as party_name, p.name_en as party_name_en, i.province, i.status, i.outcome, i.planned_date,
                   i.inspected_on, i.rectification_deadline,
                   i.rectification_deadline_provisional, i.rectified_on
            from inspection i join registry_party_view p on p.id = i.party_id""";

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final TaskStore tasks;
    private final FindingStore findings;
    private final EvidenceStore evidence;
    private final Registry registry;
    private final RectificationAnswers answers;

    InspectionQueries(JdbcClient jdbc, InspectionAccess access, TaskStore tasks, FindingStore findings,
                      EvidenceStore evidence, Registry registry, RectificationAnswers answers) {
        this.answers = answers;
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
        this.findings = findings;
        this.evidence = evidence;
        this.registry = registry;
    }

    /**
     * Inspections a user may see, newest first (the rule of {@link TaskAccess#maySee}): an inspector those of the
     * teams they are on, a supervisor their own province's, an administrator of both provinces all.
     */
    List<Views.InspectionSummary> list(InspectionFilter filter, CurrentUser user) {
        boolean inspector = user.role() == Role.INSPECTOR;
        if (inspector && user.staffId() == null) {
            return List.of();
        }
        if (!inspector && user.province() != null && filter.province() != null
                && !user.province().equals(filter.province())) {
            return List.of();
        }
        String province = inspector || user.province() == null ? filter.province() : user.province();
        return jdbc.sql(SUMMARY + """
                         where (cast(:province as char(2)) is null or i.province = :province)
                          and (cast(:member as bigint) is null or exists (
                                select 1 from inspection_team t where t.inspection_id = i.id and t.staff_id = :member))
                          and (cast(:status as varchar) is null or i.status = :status)
                          and (cast(:party as bigint) is null or i.party_id = :party)
                          and (cast(:from as date) is null or i.planned_date >= :from)
                          and (cast(:to as date) is null or i.planned_date <= :to)
                        order by i.id desc limit :limit offset :offset""")
                .param("province", province).param("member", inspector ? user.staffId() : null)
                .param("status", filter.status()).param("party", filter.partyId())
                .param("from", filter.from()).param("to", filter.to()).param("limit", filter.limit())
                .param("offset", filter.offset()).query(Views.InspectionSummary.class).list();
    }

    Views.InspectionDetail detail(long inspectionId, CurrentUser user) {
        Seen seen = access.seen(inspectionId, user, false);
        return new Views.InspectionDetail(summary(inspectionId), seen.row().referredForEnforcement(),
                seen.team().stream().sorted().toList(), findings.of(inspectionId), evidence.of(inspectionId),
                tasks.openOf(inspectionId).stream().map(InspectionQueries::view).toList());
    }

    List<Views.Event> history(long inspectionId, CurrentUser user) {
        access.seen(inspectionId, user, false);
        return jdbc.sql("""
                        select step, action, actor, staff_id, detail, occurred_at from inspection_event
                        where inspection_id = :id order by id""")
                .param("id", inspectionId).query(Views.Event.class).list();
    }

    Views.EvidenceFile evidenceFile(long inspectionId, long evidenceId, CurrentUser user) {
        access.seen(inspectionId, user, false);
        return evidence.file(inspectionId, evidenceId)
                .orElseThrow(() -> new NotFoundException("problem.evidence.notFound", evidenceId));
    }

    /** The open tasks the user may act on, oldest first; none for an administrator. */
    List<Views.Task> myTasks(CurrentUser user, int limit) {
        if (user.staffId() == null || user.role() == Role.ADMIN) {
            return List.of();
        }
        List<OpenTask> mine = user.role() == Role.INSPECTOR
                ? tasks.ofInspector(user.staffId(), user.username(), limit)
                : tasks.ofSupervisor(user.staffId(), user.username(), user.province(), limit);
        return mine.stream().map(InspectionQueries::view).toList();
    }

    /** The open tasks the user may act on, as the task list's filter and order say; none for an administrator. */
    List<Views.Task> myTasks(CurrentUser user, TaskListing listing, int limit) {
        if (user.staffId() == null || user.role() == Role.ADMIN) {
            return List.of();
        }
        String queue = user.role() == Role.INSPECTOR ? null : user.province();
        if (user.role() != Role.INSPECTOR && queue == null) {
            return List.of();
        }
        return tasks.listed(listing, user.staffId(), user.username(), queue, limit).stream()
                .map(InspectionQueries::view).toList();
    }

    Views.TaskDetail task(String taskId, CurrentUser user) {
        OpenTask task = tasks.find(taskId).orElseThrow(() -> new NotFoundException("problem.task.notFound", taskId));
        Seen seen = access.seen(task.inspectionId(), user, false);
        boolean mayAct = task.closedAt() == null && TaskAccess.mayAct(InspectionAccess.actor(user),
                task.kind().actorRole, seen.row().province(), seen.team(), task.assignee())
                == TaskAccess.Verdict.ALLOWED;
        String partyKind = registry.party(seen.row().partyId()).orElseThrow().kind().name();
        return new Views.TaskDetail(view(task), mayAct, summary(task.inspectionId()),
                findings.of(task.inspectionId()), findings.checklist(partyKind),
                task.kind() == TaskKind.VERIFY || task.kind() == TaskKind.ESCALATION
                        ? answers.of(task.inspectionId()) : List.of());
    }

    private Views.InspectionSummary summary(long inspectionId) {
        return jdbc.sql(SUMMARY + " where i.id = :id").param("id", inspectionId)
                .query(Views.InspectionSummary.class).single();
    }

    private static Views.Task view(OpenTask task) {
        return new Views.Task(task.taskId(), task.kind().name(), task.inspectionId(), task.province(),
                task.assignee(), task.createdAt().atOffset(ZoneOffset.UTC), "INSPECTION", task.inspectionId(), null,
                "/tasks/" + task.taskId(), "/api/tasks/" + task.taskId());
    }

    /** Filters of the inspection list. */
    record InspectionFilter(String province, String status, Long partyId, LocalDate from, LocalDate to, int limit,
                            int offset) {
    }
}
