package org.perfeval.core.evaluation;

/** Published in the importing transaction when a self-evaluation is created; the workflow starts its process. */
public record EvaluationImported(long evaluationId, String departmentCode, String bureauCode) {
}
