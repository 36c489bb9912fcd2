package org.perfeval.workflow.deadline;

import java.time.Instant;
import java.time.LocalDate;

import org.perfeval.core.evaluation.EvaluationStatus;

/** A form's task whose due date a calendar change moved: the stage, the due date before and after, which day. */
public record DueDateMoveView(EvaluationStatus stage, Instant dueBefore, Instant dueAfter, LocalDate calendarDate,
                              String actor, Instant movedAt) {
}
