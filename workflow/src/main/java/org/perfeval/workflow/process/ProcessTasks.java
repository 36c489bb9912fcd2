package org.perfeval.workflow.process;

import java.util.Map;
import java.util.Optional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** The Flowable side of the workflow: the process instance of an evaluation and its one open task. */
@Component
class ProcessTasks {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    ProcessTasks(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    void start(long evaluationId, String department, String bureau) {
        runtime.startProcessInstanceByKey(Step.PROCESS, String.valueOf(evaluationId), Map.of(
                ProcessVariables.EVALUATION_ID, evaluationId, ProcessVariables.DEPARTMENT, department,
                ProcessVariables.BUREAU, bureau, ProcessVariables.ROUND, 0));
    }

    Optional<Task> active(long evaluationId) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(evaluationId))
                .processDefinitionKey(Step.PROCESS).singleResult());
    }

    int round(Task task) {
        Object round = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.ROUND);
        return round == null ? 0 : ((Number) round).intValue();
    }

    /** Completes the task as {@code user}, claiming it first if nobody holds it. */
    void complete(Task task, String user, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user);
        }
        tasks.complete(task.getId(), variables);
    }

    void claim(Task task, String user) {
        tasks.claim(task.getId(), user);
    }

    void unclaim(Task task) {
        tasks.unclaim(task.getId());
    }

    void assign(Task task, String user) {
        tasks.setAssignee(task.getId(), user);
    }

    /** Moves the process back from the task's step to {@code step}: a withdrawn submission. */
    void moveBack(Task task, Step step) {
        runtime.createChangeActivityStateBuilder().processInstanceId(task.getProcessInstanceId())
                .moveActivityIdTo(task.getTaskDefinitionKey(), step.taskKey()).changeState();
    }

    /**
     * The last user task of the task's process that someone completed, from Flowable's history. Tasks ended by a
     * withdrawal (moved away, with a delete reason) were not completed by anyone and are skipped.
     */
    Optional<Withdrawal.Completed> lastCompleted(Task open) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(open.getProcessInstanceId()).finished()
                .orderByHistoricTaskInstanceEndTime().desc().orderByTaskCreateTime().desc().list().stream()
                .filter(task -> task.getDeleteReason() == null && task.getAssignee() != null)
                .findFirst().flatMap(ProcessTasks::completed);
    }

    private static Optional<Withdrawal.Completed> completed(HistoricTaskInstance task) {
        return Step.ofTask(task.getTaskDefinitionKey()).map(step -> new Withdrawal.Completed(step,
                task.getAssignee()));
    }
}
