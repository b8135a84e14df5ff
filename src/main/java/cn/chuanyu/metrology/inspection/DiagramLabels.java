package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.Vocabulary;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deployed process model with its elements named in the page's language: the word of the bundles under
 * {@code diagram.<element id>}, the model's own name where the bundles have none (an older model's element).
 * Each definition is read and relabelled once per language; the engine's cached model is never changed.
 */
@Component
class DiagramLabels {

    private final RepositoryService repository;
    private final MessageSource messages;
    private final Map<String, Labelled> models = new ConcurrentHashMap<>();

    DiagramLabels(RepositoryService repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** The model of a process definition, named in the language of {@code locale}. */
    Labelled of(String processDefinitionId, Locale locale) {
        Locale language = Vocabulary.locale(locale.getLanguage());
        return models.computeIfAbsent(processDefinitionId + "|" + language.getLanguage(),
                key -> relabel(processDefinitionId, language));
    }

    private Labelled relabel(String processDefinitionId, Locale language) {
        BpmnModelInstance model;
        try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
            model = Bpmn.readModelFromStream(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() != null) {
                element.setName(messages.getMessage("diagram." + element.getId(), null, element.getName(),
                        language));
            }
        }
        return new Labelled(model, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    /** The relabelled model (read only, shared) and its XML as the viewer reads it. */
    record Labelled(BpmnModelInstance model, byte[] xml) {

        /** The name of one element of the model, or its id when it has none. */
        String nameOf(String elementId) {
            FlowElement element = model.getModelElementById(elementId);
            return element == null || element.getName() == null ? elementId : element.getName();
        }
    }
}
