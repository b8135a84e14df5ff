package cn.chuanyu.metrology.kernel;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary: the message bundles are the source of the words for severities and outcomes, and the DMN
 * tables, templates and README glossary must say the same (UX.md: minor 一般, major 严重, critical 重大).
 */
class VocabularyTests {

    private static final List<String> SEVERITIES = List.of("MINOR", "MAJOR", "CRITICAL");
    private static final List<String> OUTCOMES = List.of("PASS", "RECTIFY", "FAIL");
    /** Words a writer might put before 不符合项 as a grade; only the bundle's severity words are allowed there. */
    private static final Pattern GRADED_FINDING = Pattern.compile(
            "(一般|严重|重大|主要|次要|轻微|较大|致命|关键)(?:[/／、或和及](一般|严重|重大|主要|次要|轻微|较大|致命|关键))?的?不符合项");

    private final Properties zh = bundle("messages.properties");
    private final Properties en = bundle("messages_en.properties");

    @Test
    void theBundlesNameTheSeveritiesAsUxMdDoes() {
        assertThat(SEVERITIES.stream().map(s -> zh.getProperty("severity." + s))).containsExactly("一般", "严重", "重大");
        assertThat(SEVERITIES.stream().map(s -> en.getProperty("severity." + s))).containsExactly("Minor", "Major",
                "Critical");
        assertThat(OUTCOMES.stream().map(o -> zh.getProperty("outcome." + o))).containsExactly("合格", "限期整改", "不合格");
    }

    @Test
    void theOutcomeTableLabelsEachCountAndRuleWithTheBundlesWords() throws Exception {
        Document dmn = xml(Path.of("bpmn/InspectionOutcome.dmn"));
        NodeList inputs = dmn.getElementsByTagName("input");
        for (int i = 0; i < inputs.getLength(); i++) {
            Element input = (Element) inputs.item(i);
            String variable = input.getElementsByTagName("text").item(0).getTextContent().strip();
            String severity = variable.replace("Findings", "").toUpperCase(Locale.ROOT);
            assertThat(input.getAttribute("label")).as(variable)
                    .isEqualTo(zh.getProperty("severity." + severity) + "不符合项数");
        }
        NodeList rules = dmn.getElementsByTagName("rule");
        for (int r = 0; r < rules.getLength(); r++) {
            Element rule = (Element) rules.item(r);
            String description = rule.getElementsByTagName("description").item(0).getTextContent();
            NodeList entries = rule.getElementsByTagName("inputEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                if (!entries.item(i).getTextContent().isBlank()) {
                    String label = ((Element) inputs.item(i)).getAttribute("label");
                    assertThat(description).as(rule.getAttribute("id")).contains(label.replace("数", ""));
                }
            }
            String outcome = rule.getElementsByTagName("outputEntry").item(0).getTextContent().strip()
                    .replace("\"", "");
            assertThat(zh).containsKey("outcome." + outcome);
            assertThat(description).as(rule.getAttribute("id")).contains(zh.getProperty("outcome." + outcome));
        }
    }

    @Test
    void everyGradeOfAFindingInModelsTemplatesBundlesAndReadmeIsASeverityWordOfTheBundle() throws IOException {
        Set<String> allowed = Set.copyOf(SEVERITIES.stream().map(s -> zh.getProperty("severity." + s)).toList());
        List<String> wrong = new ArrayList<>();
        for (Path file : vocabularyFiles()) {
            Matcher graded = GRADED_FINDING.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (graded.find()) {
                for (int group = 1; group <= 2; group++) {
                    if (graded.group(group) != null && !allowed.contains(graded.group(group))) {
                        wrong.add(file + ": " + graded.group());
                    }
                }
            }
        }
        assertThat(wrong).as("grades that are not 一般/严重/重大").isEmpty();
    }

    @Test
    void theReadmeGlossaryUsesTheBundlesWordsInBothLanguages() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String severities = String.join(", ", SEVERITIES.stream().map(s -> en.getProperty("severity." + s)
                .toLowerCase(Locale.ROOT) + " " + zh.getProperty("severity." + s)).toList());
        String outcomes = String.join(", ", OUTCOMES.stream().map(o -> en.getProperty("outcome." + o)
                .toLowerCase(Locale.ROOT) + " " + zh.getProperty("outcome." + o)).toList());

        assertThat(readme).contains(severities, outcomes);
    }

    private static List<Path> vocabularyFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"),
                Path.of("src/main/resources/messages.properties"), Path.of("src/main/resources/messages_en.properties")));
        for (String folder : List.of("bpmn", "src/main/resources/templates")) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                walk.filter(p -> p.toString().matches(".*\\.(dmn|bpmn|html|txt)$")).forEach(files::add);
            }
        }
        return files;
    }

    private static Document xml(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(path.toFile());
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = VocabularyTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
