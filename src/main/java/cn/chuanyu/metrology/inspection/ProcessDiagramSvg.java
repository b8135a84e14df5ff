package cn.chuanyu.metrology.inspection;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

import java.util.Locale;
import java.util.Set;

/**
 * Draws a BPMN model as SVG from its diagram interchange (shapes, edges, names), marking the steps already
 * passed and the current ones, so every inspection page shows where the process stands without a JS viewer.
 */
final class ProcessDiagramSvg {

    private static final int MARGIN = 20;
    private static final double CHAR_WIDTH = 13;

    private ProcessDiagramSvg() {
    }

    static String render(BpmnModelInstance model, Set<String> passed, Set<String> current) {
        Box box = extent(model);
        StringBuilder svg = new StringBuilder(16_384);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\""
                        + " role=\"img\" font-size=\"12\" font-family=\"sans-serif\">",
                box.minX - MARGIN, box.minY - MARGIN, box.maxX - box.minX + 2 * MARGIN,
                box.maxY - box.minY + 2 * MARGIN + 20));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#52606d\"/>"
                + "</marker></defs>");
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edge(svg, edge);
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof FlowElement element) {
                shape(svg, shape.getBounds(), element, stateOf(element.getId(), passed, current));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String stateOf(String id, Set<String> passed, Set<String> current) {
        if (current.contains(id)) {
            return "bpmn-current";
        }
        return passed.contains(id) ? "bpmn-passed" : "bpmn-idle";
    }

    private static void edge(StringBuilder svg, BpmnEdge edge) {
        StringBuilder points = new StringBuilder();
        for (Waypoint point : edge.getWaypoints()) {
            points.append(String.format(Locale.ROOT, "%.0f,%.0f ", point.getX(), point.getY()));
        }
        svg.append("<polyline points=\"").append(points.toString().trim())
                .append("\" fill=\"none\" stroke=\"#52606d\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
    }

    private static void shape(StringBuilder svg, Bounds b, FlowElement element, String state) {
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        String name = element.getName() == null ? "" : element.getName();
        svg.append("<g class=\"").append(state).append("\" data-element-id=\"").append(escape(element.getId()))
                .append("\"><title>").append(escape(name)).append("</title>");
        if (element instanceof Event) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" stroke-width=\"2\"/>",
                    x + w / 2, y + h / 2, w / 2));
            label(svg, name, x + w / 2, y + h + 14, 8);
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\""
                    + " stroke-width=\"2\"/>", x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2));
            label(svg, name, x + w / 2, y - 6, 8);
        } else if (element instanceof Activity) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    + " rx=\"10\" stroke-width=\"2\"/>", x, y, w, h));
            label(svg, name, x + w / 2, y + h / 2 + 4, Math.max(4, (int) (w / CHAR_WIDTH)));
        }
        svg.append("</g>");
    }

    /** Writes a centred label, broken into lines of at most {@code perLine} characters. */
    private static void label(StringBuilder svg, String text, double cx, double y, int perLine) {
        int lines = (text.length() + perLine - 1) / perLine;
        double top = y - (lines - 1) * 7.5;
        for (int i = 0; i < lines; i++) {
            String part = text.substring(i * perLine, Math.min(text.length(), (i + 1) * perLine));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                    + " fill=\"#1f2933\" stroke=\"none\">", cx, top + i * 15)).append(escape(part)).append("</text>");
        }
    }

    private static Box extent(BpmnModelInstance model) {
        Box box = new Box();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            box.include(b.getX(), b.getY());
            box.include(b.getX() + b.getWidth(), b.getY() + b.getHeight());
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            for (Waypoint point : edge.getWaypoints()) {
                box.include(point.getX(), point.getY());
            }
        }
        return box;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class Box {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void include(double x, double y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
    }
}
