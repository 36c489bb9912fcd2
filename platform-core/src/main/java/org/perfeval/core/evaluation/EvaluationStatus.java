package org.perfeval.core.evaluation;

/** Where a self-evaluation is in its year: the stages of the workflow, then disclosure. */
public enum EvaluationStatus {
    DRAFTING("填报"),
    INTERNAL_REVIEW("内部审核"),
    FINANCE_CHECK("财政审核"),
    RECTIFICATION("整改"),
    PUBLICATION("待公开"),
    DISCLOSED("已公开");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the department's drafters may change the form now. */
    public boolean editableByDrafters() {
        return this == DRAFTING || this == RECTIFICATION;
    }
}
