package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The process diagram of one inspection: its model's BPMN XML for the browser's viewer, the steps it has passed
 * and the ones it waits in, and a server-drawn SVG of the same for pages read without JavaScript.
 */
@Service
class InspectionDiagrams {

    private final InspectionAccess access;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DiagramLabels labels;

    InspectionDiagrams(InspectionAccess access, RuntimeService runtime, HistoryService history,
                       DiagramLabels labels) {
        this.access = access;
        this.runtime = runtime;
        this.history = history;
        this.labels = labels;
    }

    /** Where the inspection stands, if it has a process yet, in words of {@code locale}; empty otherwise. */
    Optional<Diagram> diagram(long inspectionId, CurrentUser user, Locale locale) {
        return instance(inspectionId, user).map(instance -> stateOf(instance, locale));
    }

    /** The BPMN XML of the model the inspection's process runs on, its elements named in words of {@code locale}. */
    Optional<byte[]> modelXml(long inspectionId, CurrentUser user, Locale locale) {
        return instance(inspectionId, user)
                .map(instance -> labels.of(instance.getProcessDefinitionId(), locale).xml());
    }

    private Optional<HistoricProcessInstance> instance(long inspectionId, CurrentUser user) {
        String instanceId = access.seen(inspectionId, user, false).row().processInstanceId();
        if (instanceId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult());
    }

    private Diagram stateOf(HistoricProcessInstance instance, Locale locale) {
        Set<String> passed = new TreeSet<>();
        Set<String> current = new TreeSet<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            (step.getEndTime() == null ? current : passed).add(step.getActivityId());
        }
        if (instance.getEndTime() == null) {
            current.addAll(activeSteps(instance.getId()));
        }
        passed.removeAll(current);
        DiagramLabels.Labelled model = labels.of(instance.getProcessDefinitionId(), locale);
        String svg = ProcessDiagramSvg.render(model.model(), passed, current);
        return new Diagram(String.join(" ", passed), String.join(" ", current),
                current.stream().map(model::nameOf).toList(), svg);
    }

    /** Where the running instance waits (an asynchronous step has no open history yet); none once it has ended. */
    private List<String> activeSteps(String instanceId) {
        try {
            return runtime.getActiveActivityIds(instanceId);
        } catch (NullValueException ended) {
            // the history said running, but the process ended in between (its last steps run asynchronously)
            return List.of();
        }
    }

    /**
     * The steps passed and current (space-separated element ids), the names of the current ones (the text that
     * says what colour and border show) and the fallback SVG markup.
     */
    record Diagram(String passed, String current, List<String> currentNames, String svg) {
    }
}
