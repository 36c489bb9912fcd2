package org.perfeval.workflow.deadline;

import java.time.Instant;
import java.util.UUID;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;

/**
 * A task's deadline is near. Whom it concerns: its holder, or while nobody holds it everyone of {@code role} in
 * {@code roleDepartment}.
 */
public record TaskReminder(UUID id, long evaluationId, String departmentName, int year, EvaluationStatus stage, Instant due,
                           String holder, Role role, String roleDepartment) {
}
