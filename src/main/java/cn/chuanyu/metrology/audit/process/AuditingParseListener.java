package cn.chuanyu.metrology.audit.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Hangs the audit listeners on each process (start, end) and each user task (complete). */
@Component
class AuditingParseListener extends AbstractBpmnParseListener {

    private final ProcessAuditListener listener;

    AuditingParseListener(ProcessAuditListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, listener);
        processDefinition.addListener(ExecutionListener.EVENTNAME_END, listener);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
        }
    }
}
