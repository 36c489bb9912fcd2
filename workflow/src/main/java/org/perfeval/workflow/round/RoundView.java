package org.perfeval.workflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.perfeval.scoring.document.EvaluationKind;

/** A round as its readers see it, with one entry per department. */
public record RoundView(long id, String bureau, int year, EvaluationKind kind, LocalDate dueDate, String openedBy,
                        Instant openedAt, List<RoundEntry> evaluations) {
}
