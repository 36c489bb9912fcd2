package org.perfeval.core.evaluation;

import java.time.LocalDate;

/**
 * Published in the opening transaction when a round creates a department's draft: the workflow starts its process
 * with drafting due on the round's date rather than the stage's usual number of days.
 */
public record EvaluationOpened(long evaluationId, String departmentCode, String bureauCode, LocalDate dueDate) {
}
