package org.perfeval.workflow.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.perfeval.workflow.process.ProcessVariables;
import org.perfeval.workflow.process.Step;
import org.springframework.stereotype.Component;

/**
 * The inbox's queries against Flowable. A page is read without variables (Flowable's variable-including query does
 * not page in the database); the evaluation ids and overdue flags of the page come from two more queries.
 */
@Component
class InboxTasks {

    private final RuntimeService runtime;
    private final TaskService tasks;

    InboxTasks(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** One page of the open tasks the user holds or may take, filtered and sorted as {@code query} asks. */
    List<Task> page(String user, List<String> groups, InboxQuery query, int offset, int limit) {
        var tasksQuery = query(user, groups, query);
        var sorted = query.sort() == InboxQuery.Sort.DUE ? tasksQuery.orderByTaskDueDate()
                : tasksQuery.orderByTaskCreateTime();
        return (query.ascending() ? sorted.asc() : sorted.desc()).orderByTaskId().asc().listPage(offset, limit);
    }

    long count(String user, List<String> groups, InboxQuery query) {
        return query(user, groups, query).count();
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
                .taskVariableValueEquals(ProcessVariables.OVERDUE, true).list().stream().map(Task::getId)
                .collect(Collectors.toSet());
    }

    private TaskQuery query(String user, List<String> groups, InboxQuery query) {
        var tasksQuery = tasks.createTaskQuery().processDefinitionKey(Step.PROCESS);
        if (query.stage() != null) {
            tasksQuery.taskDefinitionKey(Step.ofStatus(query.stage()).taskKey());
        }
        if (query.departmentCode() != null) {
            tasksQuery.processVariableValueEquals(ProcessVariables.DEPARTMENT, query.departmentCode());
        }
        if (query.overdueOnly()) {
            tasksQuery.taskVariableValueEquals(ProcessVariables.OVERDUE, true);
        }
        if (groups.isEmpty()) {
            return tasksQuery.taskAssignee(user);
        }
        return tasksQuery.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr();
    }
}
