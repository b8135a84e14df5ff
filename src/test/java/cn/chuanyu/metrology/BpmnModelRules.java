package cn.chuanyu.metrology;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.xml.instance.DomElement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every model in {@code bpmn/} keeps (STYLE.md): one executable process named like its file, with a
 * history time to live; delegate expressions that name existing beans; ids that say what an element is, never the
 * modeler's generated ones; a name on every task, event and gateway; notices sent only from asynchronous steps.
 * Each check returns what it found, in words.
 */
final class BpmnModelRules {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** {@code Activity_0f4ycz8}, {@code Flow_1qo2zhx}, {@code StartEvent_1}, {@code sequenceFlow_<uuid>}. */
    private static final Pattern GENERATED_ID = Pattern.compile(
            "[A-Za-z]+_(\\d+|[0-9][0-9a-z]{6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(_di)?");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}");

    private BpmnModelRules() {
    }

    static List<String> violations(String fileName, BpmnModelInstance model, Predicate<String> beanExists) {
        List<String> found = new ArrayList<>();
        processes(fileName, model, found);
        delegateExpressions(model.getDocument().getRootElement(), beanExists, found);
        idsAndNames(model, found);
        noticesAsynchronous(model, found);
        return found.stream().map(problem -> fileName + ": " + problem).toList();
    }

    private static void processes(String fileName, BpmnModelInstance model, List<String> found) {
        List<Process> executable = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
        if (executable.size() != 1) {
            found.add("has " + executable.size() + " executable processes, expected exactly one");
        }
        String expectedId = fileName.replaceFirst("\\.bpmn$", "");
        for (Process process : executable) {
            if (!expectedId.equals(process.getId())) {
                found.add("process " + process.getId() + " must be called like its file, " + expectedId);
            }
            String timeToLive = process.getCamundaHistoryTimeToLiveString();
            if (timeToLive == null || timeToLive.isBlank()) {
                found.add("process " + process.getId() + " has no camunda:historyTimeToLive");
            }
        }
    }

    /** Walks the XML, so listeners and event definitions are checked as well as service tasks. */
    private static void delegateExpressions(DomElement element, Predicate<String> beanExists, List<String> found) {
        String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (expression != null) {
            Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
            if (!bean.matches()) {
                found.add("delegateExpression " + expression + " is not a plain ${beanName}");
            } else if (!beanExists.test(bean.group(1))) {
                found.add("delegateExpression " + expression + " names no bean in the application");
            }
        }
        element.getChildElements().forEach(child -> delegateExpressions(child, beanExists, found));
    }

    private static void idsAndNames(BpmnModelInstance model, List<String> found) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String type = element.getElementType().getTypeName();
            String id = element.getId();
            if (id == null || id.isBlank()) {
                if (element instanceof FlowElement || element instanceof Process) {
                    found.add("a " + type + " has no id");
                }
            } else if (GENERATED_ID.matcher(id).matches()) {
                found.add(type + " " + id + " has a generated id; say what it is (Task_RecordFindings)");
            }
            if (needsName(element) && (((FlowNode) element).getName() == null || ((FlowNode) element).getName().isBlank())) {
                found.add(type + " " + id + " has no name");
            }
        }
    }

    /**
     * A notice is recorded and sent in transactions of its own (which also append to the audit chain), so the step
     * that sends it must start a job of its own: never in the transaction of a task completion that holds the chain.
     */
    private static void noticesAsynchronous(BpmnModelInstance model, List<String> found) {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if ("${requestNoticeDelegate}".equals(task.getCamundaDelegateExpression()) && !task.isCamundaAsyncBefore()) {
                found.add("serviceTask " + task.getId() + " sends a notice, so it must be camunda:asyncBefore");
            }
        }
    }

    private static boolean needsName(BaseElement element) {
        return element instanceof Activity || element instanceof Event || element instanceof Gateway;
    }
}
