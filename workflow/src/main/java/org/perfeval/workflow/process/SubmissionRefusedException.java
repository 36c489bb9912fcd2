package org.perfeval.workflow.process;

import java.util.List;

import org.perfeval.scoring.engine.Finding;

/** A submission refused because the scorer reports errors; each must be fixed first. */
public class SubmissionRefusedException extends WorkflowRefusedException {

    private final transient List<Finding> errors;

    public SubmissionRefusedException(List<Finding> errors) {
        super("workflow.process.submissionRefused", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
