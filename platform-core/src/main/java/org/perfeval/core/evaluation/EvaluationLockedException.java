package org.perfeval.core.evaluation;

/** The evaluation is in a stage where its form may not be changed. */
public class EvaluationLockedException extends RuntimeException {

    public EvaluationLockedException(long id, EvaluationStatus status) {
        super("evaluation " + id + " is in stage " + status + " (" + status.label()
                + ") and cannot be edited; only drafting and rectification allow changes");
    }
}
