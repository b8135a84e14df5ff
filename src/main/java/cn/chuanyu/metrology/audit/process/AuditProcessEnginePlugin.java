package cn.chuanyu.metrology.audit.process;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Adds the audit listeners to every process the engine parses, so no model has to name them. */
@Component
class AuditProcessEnginePlugin extends AbstractProcessEnginePlugin {

    private final AuditingParseListener parseListener;

    AuditProcessEnginePlugin(AuditingParseListener parseListener) {
        this.parseListener = parseListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(parseListener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
