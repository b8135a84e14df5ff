package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Inspection tasks: my tasks (with other modules' tasks after them, done where their {@code api} says), task
 * detail, claim, unclaim and complete with a payload per task kind.
 */
@RestController
@RequestMapping("/api/tasks")
@Validated
class TaskController {

    private final InspectionQueries queries;
    private final TaskActions actions;
    private final OtherTasks others;

    TaskController(InspectionQueries queries, TaskActions actions, OtherTasks others) {
        this.queries = queries;
        this.actions = actions;
        this.others = others;
    }

    @GetMapping
    List<Views.Task> mine(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                          @AuthenticationPrincipal CurrentUser user) {
        return others.after(queries.myTasks(user, limit), user, limit);
    }

    @GetMapping("/{taskId}")
    Views.TaskDetail detail(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        return queries.task(taskId, user);
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        actions.claim(taskId, user);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user) {
        actions.unclaim(taskId, user);
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String taskId, @Valid @RequestBody Views.Completion completion,
                  @AuthenticationPrincipal CurrentUser user) {
        actions.complete(taskId, completion, user);
    }
}
