package org.perfeval.workflow.audit;

import java.time.Instant;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.process.WorkflowAction;

/** An entry of the audit trail. */
public record AuditView(Long id, String actor, String actorRole, WorkflowAction action, EvaluationStatus fromStage,
                        EvaluationStatus toStage, String reason, Instant at) {
}
