package org.perfeval.workflow.process;

import java.time.Instant;
import java.util.UUID;

import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.CurrentUser;

/** A user about to take a step: who, on which evaluation, at which open task. */
record Act(CurrentUser user, EvaluationStage stage, Task task, Step step) {

    /** The event of this act, moving the evaluation to {@code to} (its own stage for an action that does not). */
    StepTaken taken(WorkflowAction action, EvaluationStatus to, String reason, String detail, Instant at) {
        return new StepTaken(UUID.randomUUID(), stage.id(), stage.department().code(), stage.department().name(), stage.year(), action,
                stage.status(), to, user.username(), step.role(), reason, detail, at);
    }
}
