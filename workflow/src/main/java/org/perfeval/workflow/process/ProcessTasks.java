package org.perfeval.workflow.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/** The Flowable side of the workflow: the process instance of an evaluation and its one open task. */
@Component
class ProcessTasks {

    static final String EVALUATION_ID = "evaluationId";
    static final String ROUND = "round";
    static final String DECISION = "decision";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProcessTasks(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void start(long evaluationId, String department, String bureau) {
        runtime.startProcessInstanceByKey(Step.PROCESS, String.valueOf(evaluationId), Map.of(EVALUATION_ID,
                evaluationId, "department", department, "bureau", bureau, ROUND, 0));
    }

    Optional<Task> active(long evaluationId) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(evaluationId))
                .processDefinitionKey(Step.PROCESS).singleResult());
    }

    int round(Task task) {
        Object round = runtime.getVariable(task.getProcessInstanceId(), ROUND);
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
     * One page of the open tasks the user holds or may take, filtered and sorted as {@code query} asks. The page is
     * read without variables (Flowable's variable-including query does not page in the database); the evaluation ids
     * and overdue flags of the page come from two more queries, see {@link #evaluationIds} and {@link #overdue}.
     */
    List<Task> inbox(String user, List<String> groups, InboxQuery query, int offset, int limit) {
        var tasksQuery = inboxQuery(user, groups, query);
        var sorted = query.sort() == InboxQuery.Sort.DUE ? tasksQuery.orderByTaskDueDate()
                : tasksQuery.orderByTaskCreateTime();
        return (query.ascending() ? sorted.asc() : sorted.desc()).orderByTaskId().asc()
                .listPage(offset, limit);
    }

    long inboxCount(String user, List<String> groups, InboxQuery query) {
        return inboxQuery(user, groups, query).count();
    }

    /** The evaluation each task's process instance is for (its business key), by process instance id. */
    Map<String, Long> evaluationIds(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, instance -> Long.valueOf(instance.getBusinessKey())));
    }

    /** Which of the page's tasks the overdue timer has flagged. */
    Set<String> overdue(List<Task> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        return tasks.createTaskQuery().taskIds(page.stream().map(Task::getId).toList())
                .taskVariableValueEquals(DeadlineEvents.OVERDUE, true).list().stream().map(Task::getId)
                .collect(Collectors.toSet());
    }

    private TaskQuery inboxQuery(String user, List<String> groups, InboxQuery query) {
        var tasksQuery = tasks.createTaskQuery().processDefinitionKey(Step.PROCESS);
        if (query.stage() != null) {
            tasksQuery.taskDefinitionKey(Step.ofStatus(query.stage()).taskKey());
        }
        if (query.departmentCode() != null) {
            tasksQuery.processVariableValueEquals("department", query.departmentCode());
        }
        if (query.overdueOnly()) {
            tasksQuery.taskVariableValueEquals(DeadlineEvents.OVERDUE, true);
        }
        if (groups.isEmpty()) {
            return tasksQuery.taskAssignee(user);
        }
        return tasksQuery.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr();
    }
}
