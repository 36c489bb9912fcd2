package org.perfeval.core.evaluation.records;

import java.time.Instant;

import org.perfeval.core.evaluation.EvaluationStatus;

/** A review comment; {@code indicatorRow} is the 0-based row it concerns, or null for the whole form. */
public record CommentView(Long id, String author, EvaluationStatus stage, Integer indicatorRow, String body,
                          Instant createdAt) {
}
