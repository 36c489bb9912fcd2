package org.perfeval.core.evaluation;

/** Just enough of an evaluation to list it: whose, which year, which project, where it stands. */
public record EvaluationHeader(long id, String departmentCode, String departmentName, int year, String project,
                               EvaluationStatus status) {
}
