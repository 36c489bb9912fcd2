package org.perfeval.workflow.deadline;

import java.time.Instant;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;

/**
 * A stage's deadline: days allowed (working days by the official calendar), the reminder that many days before,
 * and the role escalated to when it is overdue (in the task's department; administrators anywhere).
 */
public record DeadlineView(EvaluationStatus stage, int daysAllowed, boolean workingDays, int remindBeforeDays,
                           Role escalateTo, long version, String updatedBy, Instant updatedAt) {
}
