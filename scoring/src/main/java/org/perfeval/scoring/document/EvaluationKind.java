package org.perfeval.scoring.document;

/** What a self-evaluation covers: a department's whole year (部门整体) or one project's spending (项目支出). */
public enum EvaluationKind {
    DEPARTMENT_OVERALL,
    PROJECT
}
