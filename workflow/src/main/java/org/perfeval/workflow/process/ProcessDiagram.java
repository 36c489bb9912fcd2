package org.perfeval.workflow.process;

import java.util.List;
import java.util.Set;

import org.perfeval.scoring.text.Labelled;

/**
 * The main path of the deployed process as a graph, laid out in columns (the longest forward path to each node) and
 * rows, with what the evaluation's instance is doing now and where it has been. Deadline timers are left out.
 */
public record ProcessDiagram(List<Node> nodes, List<Flow> flows, Set<String> active, Set<String> visited) {

    public ProcessDiagram {
        nodes = List.copyOf(nodes);
        flows = List.copyOf(flows);
        active = Set.copyOf(active);
        visited = Set.copyOf(visited);
    }

    /**
     * A start or end event, a user task, or a gateway, at a column and row; {@code name} as the BPMN file has it,
     * {@code labelKey} for showing it in the reader's language.
     */
    public record Node(String id, String name, String kind, int column, int row) implements Labelled {

        @Override
        public String labelKey() {
            return "diagram.node." + id;
        }
    }

    /** A sequence flow; {@code back} when it goes to an earlier column (a return or a resubmission). */
    public record Flow(String id, String source, String target, String name, boolean back) {
    }
}
