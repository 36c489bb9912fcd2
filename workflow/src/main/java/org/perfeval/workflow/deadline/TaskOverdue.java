package org.perfeval.workflow.deadline;

import java.time.Instant;
import java.util.UUID;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;

/**
 * A task's deadline has passed; the task is now flagged overdue. Whom it concerns: its holder (or everyone of
 * {@code role} in {@code roleDepartment}), and everyone of {@code escalateTo} in {@code escalationDepartment} (any
 * department when null).
 */
public record TaskOverdue(UUID id, long evaluationId, String departmentName, int year, EvaluationStatus stage, Instant due,
                          String holder, Role role, String roleDepartment, Role escalateTo,
                          String escalationDepartment) {
}
