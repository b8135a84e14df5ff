package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessDiagramSvgTests {

    private final BpmnModelInstance model = inspectionModel();

    @Test
    void marksCurrentStepAndPassedStepsOfTheInspectionModel() throws Exception {
        String svg = ProcessDiagramSvg.render(model, Set.of("StartEvent_InspectionOpened", "Task_SendInspectionNotice"),
                Set.of("Task_InspectOnSite"));

        Map<String, String> states = states(parse(svg));
        assertThat(states).containsEntry("Task_InspectOnSite", "bpmn-current")
                .containsEntry("StartEvent_InspectionOpened", "bpmn-passed")
                .containsEntry("Task_SendInspectionNotice", "bpmn-passed")
                .containsEntry("Task_ReviewInspection", "bpmn-idle")
                .containsEntry("EndEvent_InspectionClosed", "bpmn-idle");
    }

    @Test
    void drawsEveryFlowNodeWithItsNameAndEveryFlowAsAnArrow() throws Exception {
        Document svg = parse(ProcessDiagramSvg.render(model, Set.of(), Set.of()));

        assertThat(states(svg)).hasSize(model.getModelElementsByType(FlowNode.class).size());
        assertThat(svg.getElementsByTagName("polyline").getLength())
                .isEqualTo(model.getModelElementsByType(SequenceFlow.class).size());
        assertThat(svg.getDocumentElement().getTextContent()).contains("现场检查", "审核检查结果", "结果公示");
    }

    @Test
    void escapesMarkupInNames() {
        assertThat(ProcessDiagramSvg.escape("<b>\"&\"</b>")).isEqualTo("&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;");
    }

    private static Map<String, String> states(Document svg) {
        Map<String, String> states = new HashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            states.put(group.getAttribute("data-element-id"), group.getAttribute("class"));
        }
        return states;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static BpmnModelInstance inspectionModel() {
        try (InputStream in = ProcessDiagramSvgTests.class.getResourceAsStream("/bpmn/Inspection.bpmn")) {
            return Bpmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
