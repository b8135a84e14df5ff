package cn.chuanyu.metrology.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures and machine facts and writes {@code report.json} and {@code report.md}. */
final class Report {

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> sections = new LinkedHashMap<>();

    void fact(String name, Object value) {
        machine.put(name, value);
    }

    void add(Figure figure) {
        figures.add(figure);
        System.out.println("[bench] " + row(figure));
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[bench] note: " + note);
    }

    /** A titled markdown block (a table that does not fit the figures' columns). */
    void section(String title, String markdown) {
        sections.put(title, markdown);
        System.out.println("[bench] " + title + "\n" + markdown);
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("finishedAt", Instant.now().toString());
        root.set("machine", json.valueToTree(machine));
        ArrayNode list = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode node = list.addObject();
            node.put("scenario", figure.scenario()).put("name", figure.name()).put("unit", figure.unit());
            node.set("samples", json.valueToTree(figure.samples()));
            node.put("median", figure.median()).put("min", Samples.min(figure.samples()))
                    .put("max", Samples.max(figure.samples()));
            if (figure.baselineMedian() != null) {
                node.set("baselineSamples", json.valueToTree(figure.baseline()));
                node.put("baselineMedian", figure.baselineMedian()).put("ratio", figure.ratio());
            }
            node.put("goal", figure.goal());
            if (figure.met() != null) {
                node.put("met", figure.met());
            }
            node.put("note", figure.note());
        }
        root.set("notes", json.valueToTree(notes));
        root.set("sections", json.valueToTree(sections));
        json.writeValue(folder.resolve("report.json").toFile(), root);
        Files.writeString(folder.resolve("report.md"), markdown());
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        machine.forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
        md.append("\n| scenario | figure | unit | median | min | max | baseline median | ratio | goal | met |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        figures.forEach(figure -> md.append(row(figure)).append('\n'));
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        sections.forEach((title, block) -> md.append("\n## ").append(title).append("\n\n").append(block));
        return md.toString();
    }

    private static String row(Figure f) {
        return "| " + f.scenario() + " | " + f.name() + (f.note() == null ? "" : " (" + f.note() + ")") + " | "
                + f.unit() + " | " + number(f.median()) + " | " + number(Samples.min(f.samples())) + " | "
                + number(Samples.max(f.samples())) + " | "
                + (f.baselineMedian() == null ? "" : number(f.baselineMedian())) + " | "
                + (f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio())) + " | "
                + (f.goal() == null ? "" : f.goal()) + " | "
                + (f.met() == null ? "" : f.met() ? "yes" : "**no**") + " |";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
