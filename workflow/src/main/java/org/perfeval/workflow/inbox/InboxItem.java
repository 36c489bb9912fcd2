package org.perfeval.workflow.inbox;

import java.math.BigDecimal;
import java.time.Instant;

import org.perfeval.core.evaluation.EvaluationStatus;

/**
 * A task waiting for the user: which evaluation, at which stage, since when and until when (overdue once its
 * deadline has passed), who holds it, and the latest score, provisional (待认定) while {@code pendingRows} rows await
 * the finance reviewer's decision.
 */
public record InboxItem(String taskId, long evaluationId, String departmentName, int year, EvaluationStatus stage,
                        String assignee, Instant createdAt, Instant dueDate, boolean overdue, BigDecimal latestScore,
                        String latestGrade, int pendingRows) {
}
