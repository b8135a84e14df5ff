package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The inspector's "my tasks" and the supervisor's review queue: one list of open tasks, filtered by kind,
 * province and planned date, sortable, with the last filter remembered for the session.
 */
@Controller
class TaskListPage {

    static final String FILTER = "taskListFilter";
    private static final int MAX_TASKS = 200;

    private final InspectionQueries queries;
    private final InspectionPageQueries summaries;

    TaskListPage(InspectionQueries queries, InspectionPageQueries summaries) {
        this.queries = queries;
        this.summaries = summaries;
    }

    @GetMapping("/tasks")
    String tasks(@RequestParam(required = false) String kind, @RequestParam(required = false) String province,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String reset,
                 @AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        TaskFilter filter = new TaskFilter(kind, province, from, to, sort);
        if (reset != null) {
            session.removeAttribute(FILTER);
            filter = TaskFilter.NONE;
        } else if (filter.isEmpty() && session.getAttribute(FILTER) instanceof TaskFilter remembered) {
            filter = remembered;
        } else {
            session.setAttribute(FILTER, filter);
        }
        List<Views.Task> tasks = queries.myTasks(user, MAX_TASKS);
        Map<Long, Views.InspectionSummary> inspections =
                summaries.summaries(tasks.stream().map(Views.Task::inspectionId).toList());
        List<Line> lines = tasks.stream().map(t -> new Line(t, inspections.get(t.inspectionId())))
                .filter(filter::matches).sorted(filter.order()).toList();
        model.addAttribute("filter", filter);
        model.addAttribute("lines", lines);
        return "inspection/tasks";
    }

    /** One line of the list: the task and its inspection. */
    record Line(Views.Task task, Views.InspectionSummary inspection) {
    }

    /** The filter people reach for first; every field optional. */
    record TaskFilter(String kind, String province, LocalDate from, LocalDate to, String sort)
            implements java.io.Serializable {

        static final TaskFilter NONE = new TaskFilter(null, null, null, null, null);

        public boolean isEmpty() {
            return blank(kind) && blank(province) && from == null && to == null && blank(sort);
        }

        boolean matches(Line line) {
            LocalDate planned = line.inspection().plannedDate();
            return (blank(kind) || kind.equals(line.task().kind()))
                    && (blank(province) || province.equals(line.task().province()))
                    && (from == null || !planned.isBefore(from)) && (to == null || !planned.isAfter(to));
        }

        Comparator<Line> order() {
            Comparator<Line> created = Comparator.comparing(l -> l.task().createdAt());
            return switch (blank(sort) ? "created" : sort) {
                case "planned" -> Comparator.comparing((Line l) -> l.inspection().plannedDate()).thenComparing(created);
                case "party" -> Comparator.comparing((Line l) -> l.inspection().partyName()).thenComparing(created);
                case "kind" -> Comparator.comparing((Line l) -> l.task().kind()).thenComparing(created);
                default -> created;
            };
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
