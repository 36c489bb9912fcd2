package org.perfeval.workflow.process;

import java.time.Instant;
import java.util.UUID;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;

/**
 * Someone acted on an evaluation's workflow: a step from one stage to another, or an action on the open task that
 * leaves the stage as it was (claim, release, transfer). Published inside the step's transaction: the audit trail
 * and the score history record it in that transaction, notifications react after it commits.
 *
 * @param id this event, so that whoever handles it twice can tell
 * @param detail what the action needs said beyond its reason, such as a transfer's new holder; may be null
 */
public record StepTaken(UUID id, long evaluationId, String departmentCode, String departmentName, int year,
                        WorkflowAction action, EvaluationStatus from, EvaluationStatus to, String actor,
                        Role actorRole, String reason, String detail, Instant at) {

    /** Whether the evaluation changed stage (or was withdrawn or published), rather than only its task. */
    public boolean movesStage() {
        return action.movesStage();
    }
}
