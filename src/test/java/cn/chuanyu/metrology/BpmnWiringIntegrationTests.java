package cn.chuanyu.metrology;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BpmnWiringIntegrationTests {

    private static final Path MODEL_FOLDER = Path.of("bpmn");

    @Autowired
    ApplicationContext context;

    @Autowired
    RepositoryService repository;

    @Test
    void theScanFindsEveryModelInTheBpmnFolder() throws IOException {
        assertThat(Arrays.stream(models()).map(Resource::getFilename)).containsExactlyInAnyOrderElementsOf(modelFiles());
    }

    @Test
    void everyModelIsWiredToExistingBeansAndReadsAsTheRegulationDoes() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Resource model : models()) {
            violations.addAll(BpmnModelRules.violations(model.getFilename(), read(model), context::containsBean));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void everyExecutableProcessIsDeployed() throws IOException {
        for (Resource model : models()) {
            for (Process process : read(model).getModelElementsByType(Process.class)) {
                if (process.isExecutable()) {
                    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId()).count())
                            .as(process.getId()).isPositive();
                }
            }
        }
    }

    private static Resource[] models() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
    }

    private static List<String> modelFiles() throws IOException {
        if (!Files.isDirectory(MODEL_FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(MODEL_FOLDER)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn")).toList();
        }
    }

    private static BpmnModelInstance read(Resource model) throws IOException {
        try (InputStream in = model.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
