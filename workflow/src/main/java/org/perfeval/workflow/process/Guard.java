package org.perfeval.workflow.process;

import java.util.Arrays;
import java.util.Optional;

import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides on the server who may act: the step's role, in the step's department (the finance bureau's for the
 * finance check), and the task's holder once someone has claimed it.
 */
@Component
class Guard {

    private final EvaluationStages stages;
    private final ProcessTasks tasks;

    Guard(EvaluationStages stages, ProcessTasks tasks) {
        this.stages = stages;
        this.tasks = tasks;
    }

    /** The act of the current user at one of {@code expected}, or why it is refused. */
    Act act(long evaluationId, Step... expected) {
        Act act = open(evaluationId);
        if (!Arrays.asList(expected).contains(act.step())) {
            throw new WorkflowRefusedException("workflow.process.wrongStage", act.step().status());
        }
        if (!act.step().isCandidate(act.user(), act.stage())) {
            throw new AccessDeniedException(act.user().username() + " is not a " + act.step().role().keycloakName()
                    + " of " + act.step().department(act.stage()));
        }
        String holder = act.task().getAssignee();
        if (holder != null && !holder.equals(act.user().username())) {
            throw new WorkflowRefusedException("workflow.process.heldBy", holder);
        }
        return act;
    }

    /** The open task of the evaluation, whoever may act on it. */
    Act open(long evaluationId) {
        return openIfAny(evaluationId).orElseThrow(() -> new WorkflowRefusedException("workflow.process.noOpenStep"));
    }

    Optional<Act> openIfAny(long evaluationId) {
        return tasks.active(evaluationId).map(task -> open(evaluationId, task));
    }

    private Act open(long evaluationId, Task task) {
        CurrentUser user = CurrentUsers.require();
        EvaluationStage stage = stages.stage(evaluationId);
        Step step = Step.ofTask(task.getTaskDefinitionKey()).orElseThrow();
        if (step.status() != stage.status()) {
            throw new IllegalStateException("evaluation " + evaluationId + " is " + stage.status()
                    + " but its process is at " + step.taskKey());
        }
        return new Act(user, stage, task, step);
    }
}
