package org.perfeval.workflow.process;

import java.util.List;
import java.util.stream.Collectors;

import org.perfeval.scoring.engine.Finding;

/** A submission refused because the scorer reports errors; each must be fixed first. */
public class SubmissionRefusedException extends WorkflowRefusedException {

    private final transient List<Finding> errors;

    public SubmissionRefusedException(List<Finding> errors) {
        super("the form cannot be submitted while the scorer reports " + errors.size() + " error(s): "
                + errors.stream().map(f -> f.pointer() + " " + f.message().en()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
