package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The process diagram of one inspection, with the steps it has passed and the ones it waits in. */
@Service
class InspectionDiagrams {

    private final InspectionAccess access;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    InspectionDiagrams(InspectionAccess access, RepositoryService repository, RuntimeService runtime,
                       HistoryService history) {
        this.access = access;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /** SVG markup built from the model's own diagram; element names are escaped, no user data is in it. */
    String svg(long inspectionId, CurrentUser user) {
        String instanceId = access.seen(inspectionId, user, false).row().processInstanceId();
        if (instanceId == null) {
            return "";
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        if (instance == null) {
            return "";
        }
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId).list();
        Set<String> passed = new HashSet<>();
        Set<String> current = new HashSet<>();
        for (HistoricActivityInstance step : steps) {
            (step.getEndTime() == null ? current : passed).add(step.getActivityId());
        }
        if (instance.getEndTime() == null) {
            current.addAll(runtime.getActiveActivityIds(instanceId));
        }
        return ProcessDiagramSvg.render(repository.getBpmnModelInstance(instance.getProcessDefinitionId()),
                passed, current);
    }
}
