package org.perfeval.core.evaluation;

import org.perfeval.scoring.text.Labelled;

/** Where a self-evaluation is in its year: the stages of the workflow, then disclosure. Labelled status.X. */
public enum EvaluationStatus implements Labelled {
    DRAFTING,
    INTERNAL_REVIEW,
    FINANCE_CHECK,
    RECTIFICATION,
    PUBLICATION,
    DISCLOSED;

    @Override
    public String labelKey() {
        return "status." + name();
    }

    /** Whether the department's drafters may change the form now. */
    public boolean editableByDrafters() {
        return this == DRAFTING || this == RECTIFICATION;
    }
}
