package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.inspection.rules.RectificationSchedule;
import cn.chuanyu.metrology.registry.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The automatic steps of the Inspection process, each writing its row changes and its history event. */
@Service
@Transactional
class InspectionSteps {

    static final String ENGINE = "system";

    private final InspectionStore store;
    private final WorkingCalendar calendar;
    private final InspectionSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InspectionSteps(InspectionStore store, WorkingCalendar calendar, InspectionSettings settings, JdbcClient jdbc,
                    Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.calendar = calendar;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    void taskOpened(String taskId, long inspectionId, TaskKind kind, Instant createdAt) {
        InspectionRow row = store.find(inspectionId).orElseThrow();
        jdbc.sql("""
                        insert into inspection_task (task_id, inspection_id, task_kind, actor_role, province, created_at)
                        values (:task, :inspection, :kind, :role, :province, :created)""")
                .param("task", taskId).param("inspection", inspectionId).param("kind", kind.name())
                .param("role", kind.actorRole.name()).param("province", row.province())
                .param("created", Timestamp.from(createdAt)).update();
        if (kind.actorRole == StaffRole.INSPECTOR) {
            jdbc.sql("""
                            insert into inspection_task_member (staff_id, task_id, created_at)
                            select staff_id, :task, :created from inspection_team where inspection_id = :inspection""")
                    .param("task", taskId).param("created", Timestamp.from(createdAt))
                    .param("inspection", inspectionId).update();
        }
        store.status(inspectionId, kind.inspectionStatus);
        store.event(inspectionId, kind.taskKey, "TASK_OPENED", ENGINE, null, null, clock.instant());
    }

    void taskClosed(String taskId) {
        jdbc.sql("delete from inspection_task_member where task_id = :task").param("task", taskId).update();
        jdbc.sql("update inspection_task set closed_at = :now where task_id = :task and closed_at is null")
                .param("now", Timestamp.from(clock.instant())).param("task", taskId).update();
    }

    void recordOutcome(long inspectionId, Outcome outcome) {
        store.outcome(inspectionId, outcome.name());
        store.event(inspectionId, "Task_RecordOutcome", "OUTCOME_" + outcome, ENGINE, null, null, clock.instant());
        concluded(inspectionId);
    }

    void referForEnforcement(long inspectionId) {
        store.referredForEnforcement(inspectionId);
        store.event(inspectionId, "Task_ReferForEnforcement", "REFERRED", ENGINE, null, null, clock.instant());
        concluded(inspectionId);
    }

    /** Orders (another round of) rectification and returns when it is due. */
    RectificationOrder orderRectification(long inspectionId) {
        LocalDate today = LocalDate.now(clock);
        RectificationSchedule schedule = RectificationSchedule.of(calendar.workingDays(), today,
                settings.rectificationWorkingDays(), settings.reminderWorkingDaysBefore(), clock.getZone());
        InspectionRow row = store.lock(inspectionId).orElseThrow();
        int round = row.rectificationRound() + 1;
        store.rectificationOrdered(inspectionId, schedule.deadline(), round, schedule.provisional());
        store.event(inspectionId, "Task_OrderRectification", "RECTIFICATION_ORDERED", ENGINE, null,
                "round " + round + ", deadline " + schedule.deadline() + (schedule.provisional() ? " (provisional)" : ""),
                clock.instant());
        return new RectificationOrder(round, schedule);
    }

    /**
     * The process waits for the rectification: only now may it be handed in, so only now is the inspection
     * RECTIFYING (the order is sent in an asynchronous step before, and a hand-in then would find no one waiting).
     */
    void awaitRectification(long inspectionId) {
        store.status(inspectionId, "RECTIFYING");
    }

    void close(long inspectionId) {
        store.closed(inspectionId, clock.instant());
        store.event(inspectionId, "Task_CloseInspection", "CLOSED", ENGINE, null, null, clock.instant());
    }

    /** A rectification round and its schedule. */
    record RectificationOrder(int round, RectificationSchedule schedule) {
    }

    /** Tells listeners, in this transaction, that the inspection now has (another) outcome. */
    private void concluded(long inspectionId) {
        InspectionRow row = store.find(inspectionId).orElseThrow();
        events.publishEvent(new InspectionConcluded(row.id(), row.partyId(), row.province(),
                row.inspectedOn() == null ? row.plannedDate() : row.inspectedOn(), row.outcome()));
    }
}
