package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspection.bpmn is wired to beans that exist, reads as the regulation does, and renders in Cockpit. */
@IntegrationTest
class InspectionModelIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    DecisionService decisions;

    @ParameterizedTest
    @CsvSource({"0,0,0,PASS", "0,0,1,RECTIFY", "0,3,0,RECTIFY", "0,2,5,RECTIFY", "1,0,0,FAIL", "2,4,7,FAIL"})
    void theOutcomeTableMapsFindingsToAnOutcome(int critical, int major, int minor, String outcome) {
        var result = decisions.evaluateDecisionTableByKey("InspectionOutcome", Map.of(
                InspectionProcess.CRITICAL_FINDINGS, critical, InspectionProcess.MAJOR_FINDINGS, major,
                InspectionProcess.MINOR_FINDINGS, minor));

        assertThat((String) result.getSingleEntry()).isEqualTo(outcome);
    }

    @Test
    void everyDelegateAndListenerExpressionNamesABean() throws IOException {
        BpmnModelInstance model = model();
        Stream<String> expressions = Stream.concat(
                model.getModelElementsByType(ServiceTask.class).stream().map(ServiceTask::getCamundaDelegateExpression),
                model.getModelElementsByType(CamundaTaskListener.class).stream()
                        .map(CamundaTaskListener::getCamundaDelegateExpression));

        assertThat(expressions.map(e -> e.substring(2, e.length() - 1)))
                .allSatisfy(bean -> assertThat(context.containsBean(bean)).as(bean).isTrue());
    }

    @Test
    void theProcessHasAHistoryTimeToLiveAndEveryElementANameAndAMeaningfulId() throws IOException {
        BpmnModelInstance model = model();
        Process process = model.getModelElementById(InspectionProcess.PROCESS_ID);

        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(model.getModelElementsByType(FlowElement.class)).allSatisfy(element -> {
            assertThat(element.getId()).matches("(StartEvent|EndEvent|Task|Gateway|BoundaryEvent|Flow)_[A-Z][A-Za-z]+");
            if (!(element instanceof SequenceFlow)) {
                assertThat(element.getName()).as(element.getId()).isNotBlank();
            }
        });
    }

    @Test
    void everyNodeAndFlowHasADiagramShape() throws IOException {
        BpmnModelInstance model = model();
        var shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).toList();
        var drawn = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).toList();

        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
                assertThat(shaped).contains(node.getId()));
        assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow ->
                assertThat(drawn).contains(flow.getId()));
    }

    private static BpmnModelInstance model() throws IOException {
        try (InputStream in = new ClassPathResource("bpmn/Inspection.bpmn").getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
