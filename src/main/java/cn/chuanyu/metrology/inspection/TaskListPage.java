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
import java.util.List;
import java.util.Map;

/**
 * The inspector's "my tasks" and the supervisor's review queue: one list of open tasks, filtered by kind,
 * province and planned date and sorted in the database (plain links and a GET form, so it works without
 * JavaScript), with the last filter remembered for the session.
 */
@Controller
class TaskListPage {

    static final String FILTER = "taskListFilter";
    static final int MAX_TASKS = 200;

    private final InspectionQueries queries;
    private final InspectionPageQueries summaries;
    private final OtherTasks others;

    TaskListPage(InspectionQueries queries, InspectionPageQueries summaries, OtherTasks others) {
        this.queries = queries;
        this.summaries = summaries;
        this.others = others;
    }

    @GetMapping("/tasks")
    String tasks(@RequestParam(required = false) String kind, @RequestParam(required = false) String province,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                 @RequestParam(required = false) String reset,
                 @AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        TaskListing filter = new TaskListing(kind, province, from, to, sort, "desc".equals(dir));
        boolean asked = kind != null || province != null || from != null || to != null || sort != null
                || dir != null;
        if (reset != null) {
            session.removeAttribute(FILTER);
            filter = TaskListing.NONE;
        } else if (!asked && session.getAttribute(FILTER) instanceof String remembered) {
            filter = TaskListing.fromRemembered(remembered);
        } else {
            session.setAttribute(FILTER, filter.remembered());
        }
        List<Views.Task> tasks = queries.myTasks(user, filter, MAX_TASKS);
        Map<Long, Views.InspectionSummary> inspections =
                summaries.summaries(tasks.stream().map(Views.Task::inspectionId).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("lines", tasks.stream().map(t -> new Line(t, inspections.get(t.inspectionId()))).toList());
        model.addAttribute("cut", tasks.size() == MAX_TASKS);
        model.addAttribute("otherTasks", others.of(user, MAX_TASKS));
        return "inspection/tasks";
    }

    /** One line of the list: the task and its inspection. */
    record Line(Views.Task task, Views.InspectionSummary inspection) {
    }
}
