package cn.chuanyu.metrology;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process model ties modules together by bean names, which no Java import shows. Each BPMN or DMN file belongs
 * to one module; a bean it names must be that module's, or one of a crossing declared here (a process step that
 * hands work to another module, e.g. a send-notice task running notification's delegate).
 */
class BpmnOwnershipTests {

    /** The module that owns each model. */
    static final Map<String, String> MODEL_OWNERS = Map.of(
            "Inspection.bpmn", "inspection", "InspectionOutcome.dmn", "inspection",
            "Campaign.bpmn", "planning", "CampaignSeries.bpmn", "planning", "RiskWeight.dmn", "planning",
            "Recognition.bpmn", "recognition", "RecognitionEligibility.dmn", "recognition",
            "AuditCheckpoint.bpmn", "audit");

    /** Crossings from a model's module to the module of a bean it names, each on purpose. */
    static final Set<String> DECLARED_CROSSINGS = Set.of(
            "inspection -> notification: requestNoticeDelegate",
            "inspection -> disclosure: publishDisclosureDelegate",
            "recognition -> notification: requestNoticeDelegate");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)");
    private static final Path SOURCES = Path.of("src/main/java/cn/chuanyu/metrology");

    @Test
    void everyBeanAModelNamesIsOfItsModuleOrADeclaredCrossing() throws IOException {
        Map<String, String> beanModules = beanModules();
        List<String> undeclared = new ArrayList<>();
        List<String> crossings = new ArrayList<>();
        for (Path model : models()) {
            String owner = MODEL_OWNERS.get(model.getFileName().toString());
            assertThat(owner).as("the owner of " + model.getFileName()).isNotNull();
            Matcher reference = REFERENCE.matcher(Files.readString(model));
            while (reference.find()) {
                String bean = reference.group(1);
                String module = beanModules.get(bean);
                if (module != null && !module.equals(owner)) {
                    String crossing = owner + " -> " + module + ": " + bean;
                    crossings.add(crossing);
                    if (!DECLARED_CROSSINGS.contains(crossing)) {
                        undeclared.add(model.getFileName() + " names " + crossing);
                    }
                }
            }
        }
        assertThat(undeclared).isEmpty();
        assertThat(crossings).containsAll(DECLARED_CROSSINGS);
    }

    /** Beans by their default name (the class name, first letter lower-case) with the module of their class. */
    private static Map<String, String> beanModules() throws IOException {
        Map<String, String> modules = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("@Component") || source.contains("@Service")) {
                    String name = file.getFileName().toString().replace(".java", "");
                    modules.put(Character.toLowerCase(name.charAt(0)) + name.substring(1),
                            SOURCES.relativize(file).getName(0).toString());
                }
            }
        }
        return modules;
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
        }
    }
}
