package org.perfeval.workflow.process;

import java.sql.SQLTransientException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The Flowable side of the workflow: the process instance of an evaluation and its one open task. A step that lost a
 * race with another one on the same task (the task changed, was claimed or was completed meanwhile, or the database
 * chose it as a deadlock's victim) is refused as a workflow conflict, so that every caller says why, in its reader's
 * language, instead of failing with Flowable's own exception.
 */
@Component
class ProcessTasks {

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProcessTasks(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void start(long evaluationId, String department, String bureau) {
        start(evaluationId, department, bureau, Map.of());
    }

    /** Starts the process with drafting due on the round's day. */
    void start(long evaluationId, String department, String bureau, LocalDate draftingDue) {
        start(evaluationId, department, bureau, Map.of(ProcessVariables.ROUND_DUE, draftingDue.toString()));
    }

    private void start(long evaluationId, String department, String bureau, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(more);
        variables.putAll(Map.of(ProcessVariables.EVALUATION_ID, evaluationId, ProcessVariables.DEPARTMENT,
                department, ProcessVariables.BUREAU, bureau, ProcessVariables.ROUND, 0));
        runtime.startProcessInstanceByKey(Step.PROCESS, String.valueOf(evaluationId), variables);
    }

    Optional<Task> active(long evaluationId) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(evaluationId))
                .processDefinitionKey(Step.PROCESS).singleResult());
    }

    int round(Task task) {
        Object round = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.ROUND);
        return round == null ? 0 : ((Number) round).intValue();
    }

    /**
     * Completes the task as {@code user}, claiming it first if nobody holds it. The process remembers which step was
     * completed last and by whom: what a withdrawal is decided on.
     */
    void complete(Task task, String user, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ProcessVariables.LAST_STEP, task.getTaskDefinitionKey());
        all.put(ProcessVariables.LAST_ACTOR, user);
        raced(() -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            tasks.complete(task.getId(), all);
        });
    }

    void claim(Task task, String user) {
        raced(() -> tasks.claim(task.getId(), user));
    }

    void unclaim(Task task) {
        raced(() -> tasks.unclaim(task.getId()));
    }

    void assign(Task task, String user) {
        raced(() -> tasks.setAssignee(task.getId(), user));
    }

    /**
     * Moves the process back from the task's step to {@code step}: a withdrawn submission. A withdrawal completes no
     * step, so afterwards there is nothing left to withdraw until someone completes one again.
     */
    void moveBack(Task task, Step step) {
        raced(() -> {
            runtime.createChangeActivityStateBuilder().processInstanceId(task.getProcessInstanceId())
                    .moveActivityIdTo(task.getTaskDefinitionKey(), step.taskKey()).changeState();
            runtime.removeVariables(task.getProcessInstanceId(),
                    List.of(ProcessVariables.LAST_STEP, ProcessVariables.LAST_ACTOR));
        });
    }

    /**
     * The step the process completed last and who completed it, as the process itself recorded it. Timestamps cannot
     * tell this apart: two steps often end in the same second, which is all MariaDB keeps.
     */
    Optional<Withdrawal.Completed> lastCompleted(Task open) {
        Map<String, Object> last = runtime.getVariables(open.getProcessInstanceId(),
                List.of(ProcessVariables.LAST_STEP, ProcessVariables.LAST_ACTOR));
        if (!(last.get(ProcessVariables.LAST_STEP) instanceof String key)
                || !(last.get(ProcessVariables.LAST_ACTOR) instanceof String actor)) {
            return Optional.empty();
        }
        return Step.ofTask(key).map(step -> new Withdrawal.Completed(step, actor));
    }

    /** Runs a change of the task, refusing it as a conflict when another change of the task came first. */
    private static void raced(Runnable change) {
        try {
            change.run();
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException
                 | FlowableTaskAlreadyClaimedException e) {
            throw lost(e);
        } catch (RuntimeException e) {
            // Flowable's own exceptions, and MyBatis's when the database refuses a statement of Flowable's flush
            if (deadlockOrLockTimeout(e)) {
                throw lost(e);
            }
            throw e;
        }
    }

    private static WorkflowRefusedException lost(RuntimeException race) {
        WorkflowRefusedException refused = new WorkflowRefusedException("workflow.process.concurrent");
        refused.initCause(race);
        return refused;
    }

    private static boolean deadlockOrLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
