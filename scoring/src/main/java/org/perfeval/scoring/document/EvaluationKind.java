package org.perfeval.scoring.document;

import org.perfeval.scoring.text.Labelled;

/** What a self-evaluation covers: a department's whole year (部门整体) or one project's spending (项目支出). */
public enum EvaluationKind implements Labelled {
    DEPARTMENT_OVERALL,
    PROJECT;

    @Override
    public String labelKey() {
        return "kind." + name();
    }
}
