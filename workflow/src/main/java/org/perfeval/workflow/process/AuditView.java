package org.perfeval.workflow.process;

import java.time.Instant;

import org.perfeval.core.evaluation.EvaluationStatus;

/** An entry of the audit trail. */
public record AuditView(Long id, String actor, String actorRole, WorkflowAction action, EvaluationStatus fromStage,
                        EvaluationStatus toStage, String reason, Instant at) {
}
