package cn.chuanyu.metrology;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BpmnModelRulesTests {

    private static final Set<String> BEANS = Set.of("sendInspectionNoticeDelegate", "recordOpeningDelegate",
            "requestNoticeDelegate");

    @Test
    void aWellWiredModelPasses() {
        assertThat(check("Inspection.bpmn", wellWired())).isEmpty();
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveFails() {
        // the builder sets 180 days unless told otherwise
        BpmnModelInstance model = Bpmn.createExecutableProcess("Inspection").name("检查任务")
                .camundaHistoryTimeToLiveString(null)
                .startEvent("StartEvent_InspectionOpened").name("检查开始")
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("EndEvent_InspectionClosed").name("检查结束")
                .done();

        assertThat(check("Inspection.bpmn", model)).singleElement().asString().contains("historyTimeToLive");
    }

    @Test
    void aDelegateExpressionNamingNoBeanFails() {
        BpmnModelInstance model = process()
                .serviceTask("Task_SendNotice").name("发送检查通知书").camundaDelegateExpression("${sendNoticeDelegat}")
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("EndEvent_InspectionClosed").name("检查结束")
                .done();

        assertThat(check("Inspection.bpmn", model)).singleElement().asString().contains("${sendNoticeDelegat}");
    }

    @Test
    void anExecutionListenerNamingNoBeanFails() {
        BpmnModelInstance model = process()
                .userTask("Task_RecordFindings").name("记录不符合项")
                .camundaExecutionListenerDelegateExpression("start", "${missingListener}")
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("EndEvent_InspectionClosed").name("检查结束")
                .done();

        assertThat(check("Inspection.bpmn", model)).singleElement().asString().contains("${missingListener}");
    }

    @Test
    void generatedIdsFromTheModelerFail() {
        BpmnModelInstance model = process()
                .sequenceFlowId("Flow_1qo2zhx")
                .userTask("Activity_0f4ycz8").name("记录不符合项")
                .sequenceFlowId("Flow_ToGateway")
                .exclusiveGateway("Gateway_0ej9l8q").name("是否严重")
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("Event_1").name("检查结束")
                .done();

        assertThat(check("Inspection.bpmn", model)).hasSize(4)
                .anySatisfy(problem -> assertThat(problem).contains("Activity_0f4ycz8"))
                .anySatisfy(problem -> assertThat(problem).contains("Gateway_0ej9l8q"))
                .anySatisfy(problem -> assertThat(problem).contains("Flow_1qo2zhx"))
                .anySatisfy(problem -> assertThat(problem).contains("Event_1"));
    }

    @Test
    void theBuildersOwnRandomIdsFail() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Inspection").name("检查任务")
                .startEvent("StartEvent_InspectionOpened").name("检查开始")
                .endEvent("EndEvent_InspectionClosed").name("检查结束")
                .done();

        assertThat(check("Inspection.bpmn", model)).singleElement().asString().contains("sequenceFlow_");
    }

    @Test
    void tasksEventsAndGatewaysNeedANameButFlowsDoNot() {
        // the builder names elements after their ids unless told otherwise
        BpmnModelInstance model = process()
                .userTask("Task_RecordFindings").name(null)
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("EndEvent_InspectionClosed").name(" ")
                .done();

        assertThat(check("Inspection.bpmn", model)).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("Task_RecordFindings has no name"))
                .anySatisfy(problem -> assertThat(problem).contains("EndEvent_InspectionClosed has no name"));
    }

    @Test
    void theProcessIsCalledLikeItsFile() {
        assertThat(check("Campaign.bpmn", wellWired())).singleElement().asString()
                .contains("must be called like its file, Campaign");
    }

    @Test
    void aNoticeSentInTheTransactionOfThePreviousStepFails() {
        BpmnModelInstance model = process()
                .serviceTask("Task_SendResultNotice").name("发送检查结果通知书")
                .camundaDelegateExpression("${requestNoticeDelegate}")
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("EndEvent_InspectionClosed").name("检查结束")
                .done();

        assertThat(check("Inspection.bpmn", model)).singleElement().asString()
                .contains("Task_SendResultNotice", "asyncBefore");
    }

    private static BpmnModelInstance wellWired() {
        return process()
                .serviceTask("Task_SendInspectionNotice").name("发送检查通知书")
                .camundaDelegateExpression("${sendInspectionNoticeDelegate}")
                .camundaExecutionListenerDelegateExpression("start", "${recordOpeningDelegate}")
                .sequenceFlowId("Flow_ToEnd")
                .endEvent("EndEvent_InspectionClosed").name("检查结束")
                .done();
    }

    private static org.camunda.bpm.model.bpmn.builder.StartEventBuilder startOf(ProcessBuilder process) {
        return process.startEvent("StartEvent_InspectionOpened").name("检查开始");
    }

    private static org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> process() {
        ProcessBuilder process = Bpmn.createExecutableProcess("Inspection").name("检查任务").camundaHistoryTimeToLive(180);
        return startOf(process).sequenceFlowId("Flow_ToFirstStep");
    }

    private static java.util.List<String> check(String fileName, BpmnModelInstance model) {
        return BpmnModelRules.violations(fileName, model, BEANS::contains);
    }
}
