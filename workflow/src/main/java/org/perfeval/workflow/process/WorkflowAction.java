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
    TRANSFER,
    /** 认定: the finance reviewer decides the score of a row the rules cannot decide. */
    ADJUDICATE,
    /** 撤销认定: the finance reviewer withdraws such a decision. */
    WITHDRAW_ADJUDICATION;

    @Override
    public String labelKey() {
        return "action." + name();
    }

    /**
     * Whether the action moves the evaluation (or freezes it), rather than only changing who holds its task or
     * deciding a row at the task.
     */
    public boolean movesStage() {
        return this != CLAIM && this != UNCLAIM && this != TRANSFER && this != ADJUDICATE
                && this != WITHDRAW_ADJUDICATION;
    }
}
