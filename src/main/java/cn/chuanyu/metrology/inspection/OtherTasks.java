package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The tasks of other modules' processes ({@link TaskSource}s) in the shape of "my tasks". */
@Component
class OtherTasks {

    private final List<TaskSource> sources;

    OtherTasks(List<TaskSource> sources) {
        this.sources = List.copyOf(sources);
    }

    List<Views.Task> of(CurrentUser user, int limit) {
        if (user.staffId() == null || user.role() == Role.ADMIN || limit <= 0) {
            return List.of();
        }
        List<ListedTask> listed = new ArrayList<>();
        sources.forEach(source -> listed.addAll(source.openTasks(user, limit)));
        return listed.stream().sorted(Comparator.comparing(ListedTask::createdAt)).limit(limit)
                .map(t -> new Views.Task(t.taskId(), t.kind(), null, t.province(), null,
                        t.createdAt().atOffset(ZoneOffset.UTC), t.subjectType(), t.subjectId(), t.title(), t.page(),
                        t.api()))
                .toList();
    }

    /** Inspection tasks first (as the caller listed them), then the others, at most {@code limit} in all. */
    List<Views.Task> after(List<Views.Task> inspectionTasks, CurrentUser user, int limit) {
        List<Views.Task> all = new ArrayList<>(inspectionTasks);
        all.addAll(of(user, limit - inspectionTasks.size()));
        return all;
    }
}
