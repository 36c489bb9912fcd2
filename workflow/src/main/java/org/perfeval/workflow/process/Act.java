package org.perfeval.workflow.process;

import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.security.CurrentUser;

/** A user about to take a step: who, on which evaluation, at which open task. */
record Act(CurrentUser user, EvaluationStage stage, Task task, Step step) {
}
