package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CampaignModelsIntegrationTests {

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"Campaign", "CampaignSeries"})
    void everyDelegateIsABeanAndEveryElementIsNamedAndDrawn(String processId) throws IOException {
        BpmnModelInstance model = read(processId);
        Process process = model.getModelElementById(processId);

        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task -> assertThat(
                context.containsBean(task.getCamundaDelegateExpression().replaceAll("[${}]", ""))).isTrue());
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
            assertThat(node.getName()).isNotBlank();
            assertThat(node.getId()).matches("(StartEvent|Task|Gateway|EndEvent|BoundaryEvent)_[A-Z][A-Za-z]+");
        });
        assertThat(model.getModelElementsByType(BpmnShape.class)).hasSameSizeAs(
                model.getModelElementsByType(FlowNode.class));
    }

    private static BpmnModelInstance read(String processId) throws IOException {
        try (InputStream in = new ClassPathResource("bpmn/" + processId + ".bpmn").getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
