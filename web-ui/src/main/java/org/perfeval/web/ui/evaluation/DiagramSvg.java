package org.perfeval.web.ui.evaluation;

import java.util.HashMap;
import java.util.Map;

import org.perfeval.workflow.process.ProcessDiagram;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a process diagram as SVG: tasks as boxes, gateways as diamonds, events as circles; the current step filled,
 * steps passed outlined in green, returns drawn as arcs below the main line.
 */
final class DiagramSvg {

    private static final int COLUMN = 120;
    private static final int ROW = 90;
    private static final int TOP = 40;

    private DiagramSvg() {
    }

    static String render(ProcessDiagram diagram) {
        Map<String, int[]> centres = new HashMap<>();
        int width = 0;
        int height = 0;
        for (ProcessDiagram.Node node : diagram.nodes()) {
            int x = 50 + node.column() * COLUMN;
            int y = TOP + node.row() * ROW;
            centres.put(node.id(), new int[] {x, y});
            width = Math.max(width, x + 60);
            height = Math.max(height, y + ROW);
        }
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' id='process-diagram'"
                + " viewBox='0 0 " + width + " " + (height + 30) + "' style='max-width:100%;height:auto'>"
                + "<defs><marker id='arrow' viewBox='0 0 10 10' refX='9' refY='5' markerWidth='6' markerHeight='6'"
                + " orient='auto-start-reverse'><path d='M0,0 L10,5 L0,10 z' fill='#555'/></marker></defs>");
        for (ProcessDiagram.Flow flow : diagram.flows()) {
            int[] from = centres.get(flow.source());
            int[] to = centres.get(flow.target());
            if (flow.back()) {
                int dip = Math.max(from[1], to[1]) + 45;
                svg.append("<path d='M").append(from[0]).append(',').append(from[1] + 22).append(" C")
                        .append(from[0]).append(',').append(dip).append(' ').append(to[0]).append(',').append(dip)
                        .append(' ').append(to[0]).append(',').append(to[1] + 22)
                        .append("' fill='none' stroke='#999' stroke-dasharray='4 3' marker-end='url(#arrow)'/>");
            } else {
                svg.append("<line x1='").append(from[0] + 40).append("' y1='").append(from[1]).append("' x2='")
                        .append(to[0] - 42).append("' y2='").append(to[1])
                        .append("' stroke='#555' marker-end='url(#arrow)'/>");
            }
        }
        for (ProcessDiagram.Node node : diagram.nodes()) {
            svg.append(shape(node, centres.get(node.id()), diagram.active().contains(node.id()),
                    diagram.visited().contains(node.id())));
        }
        return svg.append("</svg>").toString();
    }

    private static String shape(ProcessDiagram.Node node, int[] at, boolean active, boolean visited) {
        String fill = active ? "#1e63d6" : "#fff";
        String stroke = active ? "#1e63d6" : visited ? "#2e7d32" : "#777";
        String text = active ? "#fff" : "#222";
        String name = node.name() == null ? "" : HtmlUtils.htmlEscape(node.name());
        String attributes = " data-step='" + HtmlUtils.htmlEscape(node.id()) + "'" + (active ? " data-active='true'" : "");
        String body = switch (node.kind()) {
            case "task" -> "<rect x='" + (at[0] - 40) + "' y='" + (at[1] - 20) + "' width='80' height='40' rx='8'"
                    + " fill='" + fill + "' stroke='" + stroke + "' stroke-width='2'/>";
            case "gateway" -> "<path d='M" + at[0] + "," + (at[1] - 18) + " L" + (at[0] + 18) + "," + at[1] + " L"
                    + at[0] + "," + (at[1] + 18) + " L" + (at[0] - 18) + "," + at[1] + " z' fill='" + fill
                    + "' stroke='" + stroke + "' stroke-width='2'/>";
            default -> "<circle cx='" + at[0] + "' cy='" + at[1] + "' r='14' fill='" + fill + "' stroke='" + stroke
                    + "' stroke-width='" + ("end".equals(node.kind()) ? 4 : 2) + "'/>";
        };
        int labelY = "task".equals(node.kind()) ? at[1] + 5 : at[1] + 34;
        String labelColour = "task".equals(node.kind()) ? text : "#222";
        return "<g" + attributes + ">" + body + "<text x='" + at[0] + "' y='" + labelY + "' text-anchor='middle'"
                + " font-size='13' fill='" + labelColour + "'>" + name + "</text></g>";
    }
}
