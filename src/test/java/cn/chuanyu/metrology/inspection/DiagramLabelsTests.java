package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection diagram's words come from the bundles: the zh-CN word of every named element of Inspection.bpmn is
 * the model's own name (so the diagram and the model never say different things), and each has an English word.
 */
class DiagramLabelsTests {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/Inspection.bpmn").toFile());

    @Test
    void everyNamedElementOfTheInspectionModelHasItsOwnNameInChineseAndAWordInEnglish() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        int named = 0;
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() == null) {
                continue;
            }
            named++;
            String key = "diagram." + element.getId();
            assertThat(zh.getProperty(key)).as(key).isEqualTo(element.getName());
            assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(named).isGreaterThan(30);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
