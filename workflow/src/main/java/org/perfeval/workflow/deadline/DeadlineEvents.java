package org.perfeval.workflow.deadline;

import java.util.UUID;

import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.workflow.process.ProcessVariables;
import org.perfeval.workflow.process.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the process's timers do (the BPMN calls {@code deadlineEvents.remind} and {@code deadlineEvents.overdue}):
 * publish a {@link TaskReminder}, or flag the task and publish a {@link TaskOverdue}. The events are published in
 * the timer job's transaction, so a job that fails and is retried tells nobody twice. Timers run without a user, so
 * this reads the evaluation as the platform itself.
 */
@Component("deadlineEvents")
class DeadlineEvents {

    private final TaskService tasks;
    private final EvaluationStages stages;
    private final StageDeadlines settings;
    private final ApplicationEventPublisher events;

    DeadlineEvents(TaskService tasks, EvaluationStages stages, StageDeadlines settings,
                   ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.stages = stages;
        this.settings = settings;
        this.events = events;
    }

    public void remind(DelegateExecution execution, String stage) {
        Step step = Step.ofStatus(EvaluationStatus.valueOf(stage));
        Task task = task(execution, step);
        EvaluationStage evaluation = SystemUser.call(() -> stages.stage(evaluationId(execution)));
        events.publishEvent(new TaskReminder(UUID.randomUUID(), evaluation.id(), evaluation.department().name(), evaluation.year(),
                step.status(), task.getDueDate().toInstant(), task.getAssignee(), step.role(),
                step.department(evaluation)));
    }

    public void overdue(DelegateExecution execution, String stage) {
        Step step = Step.ofStatus(EvaluationStatus.valueOf(stage));
        Task task = task(execution, step);
        tasks.setVariableLocal(task.getId(), ProcessVariables.OVERDUE, true);
        EvaluationStage evaluation = SystemUser.call(() -> stages.stage(evaluationId(execution)));
        Role escalateTo = settings.findById(step.status()).orElseThrow().toView().escalateTo();
        String escalationDepartment = switch (escalateTo) {
            case ADMIN -> null;
            case FINANCE_REVIEWER -> evaluation.department().bureauCode();
            default -> evaluation.department().code();
        };
        events.publishEvent(new TaskOverdue(UUID.randomUUID(), evaluation.id(), evaluation.department().name(), evaluation.year(),
                step.status(), task.getDueDate().toInstant(), task.getAssignee(), step.role(),
                step.department(evaluation), escalateTo, escalationDepartment));
    }

    private Task task(DelegateExecution execution, Step step) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step.taskKey()).singleResult();
    }

    private static long evaluationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.EVALUATION_ID)).longValue();
    }
}
