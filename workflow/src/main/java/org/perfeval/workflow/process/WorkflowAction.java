package org.perfeval.workflow.process;

import org.perfeval.scoring.text.Labelled;

/** What a user can do to an evaluation in the workflow. */
public enum WorkflowAction implements Labelled {
    START,
    SUBMIT,
    APPROVE,
    RETURN,
    SEND_BACK,
    RESUBMIT,
    PUBLISH,
    WITHDRAW,
    CLAIM,
    UNCLAIM,
    TRANSFER;

    @Override
    public String labelKey() {
        return "action." + name();
    }

    /** Whether the action moves the evaluation (or freezes it), rather than only changing who holds its task. */
    public boolean movesStage() {
        return this != CLAIM && this != UNCLAIM && this != TRANSFER;
    }
}
