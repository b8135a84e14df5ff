package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.inspection.ListedTask;
import cn.chuanyu.metrology.inspection.TaskSource;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.chuanyu.metrology.recognition.RecognitionProcess.PROCESS_ID;
import static cn.chuanyu.metrology.recognition.RecognitionProcess.TASK_DECIDE;
import static cn.chuanyu.metrology.recognition.RecognitionProcess.supervisorGroup;

/**
 * The receiving province's open recognition tasks (decide a request, review a withdrawn recognition) in the
 * supervisors' "my tasks", each done on its recognition's page or through its API.
 */
@Component
class RecognitionTasks implements TaskSource {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RecognitionStore store;

    RecognitionTasks(TaskService tasks, RuntimeService runtime, RecognitionStore store) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.store = store;
    }

    @Override
    public List<ListedTask> openTasks(CurrentUser user, int limit) {
        if (user.role() != Role.SUPERVISOR || user.province() == null) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).active()
                .taskCandidateGroup(supervisorGroup(user.province())).orderByTaskCreateTime().asc()
                .listPage(0, limit);
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keys = runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return open.stream().map(task -> listed(task, keys.get(task.getProcessInstanceId()), user.province()))
                .filter(Objects::nonNull).toList();
    }

    private ListedTask listed(Task task, String businessKey, String province) {
        if (businessKey == null) {
            return null;
        }
        long id = Long.parseLong(businessKey);
        return store.find(id).map(recognition -> new ListedTask(task.getId(),
                TASK_DECIDE.equals(task.getTaskDefinitionKey()) ? "RECOGNITION_DECISION"
                        : "RECOGNITION_WITHDRAWAL_REVIEW", "RECOGNITION", id, province, recognition.partyName(),
                task.getCreateTime().toInstant(), "/recognitions/" + id,
                TASK_DECIDE.equals(task.getTaskDefinitionKey()) ? "/api/recognitions/" + id + "/decision"
                        : "/api/recognitions/" + id + "/withdrawal-review")).orElse(null);
    }
}
