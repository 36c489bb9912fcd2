package org.perfeval.workflow.process;

/** A workflow step that cannot be taken now, or not by this user; nothing was changed. */
public class WorkflowRefusedException extends RuntimeException {

    public WorkflowRefusedException(String message) {
        super(message);
    }
}
