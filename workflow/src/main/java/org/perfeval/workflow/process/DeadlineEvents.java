package org.perfeval.workflow.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.AccountView;
import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.springframework.stereotype.Component;

/**
 * What the process's timers do (the BPMN calls {@code deadlineEvents.remind} and {@code deadlineEvents.overdue}):
 * remind whoever holds or may take the task, and when it is overdue flag the task and tell the role it escalates to.
 * Timers run without a user, so this acts as the platform itself.
 */
@Component("deadlineEvents")
class DeadlineEvents {

    static final String OVERDUE = "overdue";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final TaskService tasks;
    private final AccountService accounts;
    private final EvaluationStages stages;
    private final StageDeadlines settings;
    private final Notifier notifier;

    DeadlineEvents(TaskService tasks, AccountService accounts, EvaluationStages stages, StageDeadlines settings,
                   Notifier notifier) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.stages = stages;
        this.settings = settings;
        this.notifier = notifier;
    }

    public void remind(DelegateExecution execution, String stage) {
        SystemUser.run(() -> {
            Step step = Step.ofStatus(EvaluationStatus.valueOf(stage));
            Task task = task(execution, step);
            EvaluationStage evaluation = stages.stage(evaluationId(execution));
            String text = "《" + evaluation.department().name() + " " + evaluation.year() + " 绩效自评表》的“"
                    + step.status().label() + "”环节将于 " + DAY.format(task.getDueDate().toInstant()) + " 到期，请及时办理。";
            notifier.tell(holders(task, step, evaluation), evaluation.id(), NotificationKind.REMINDER,
                    "[PerfEval] 即将到期：" + evaluation.department().name() + " " + evaluation.year(), text);
        });
    }

    public void overdue(DelegateExecution execution, String stage) {
        SystemUser.run(() -> {
            Step step = Step.ofStatus(EvaluationStatus.valueOf(stage));
            Task task = task(execution, step);
            tasks.setVariableLocal(task.getId(), OVERDUE, true);
            EvaluationStage evaluation = stages.stage(evaluationId(execution));
            Map<String, AccountView> recipients = new LinkedHashMap<>();
            holders(task, step, evaluation).forEach(a -> recipients.put(a.username(), a));
            escalation(step, evaluation).forEach(a -> recipients.putIfAbsent(a.username(), a));
            String text = "《" + evaluation.department().name() + " " + evaluation.year() + " 绩效自评表》的“"
                    + step.status().label() + "”环节已于 " + DAY.format(task.getDueDate().toInstant()) + " 逾期。";
            notifier.tell(recipients.values(), evaluation.id(), NotificationKind.OVERDUE,
                    "[PerfEval] 已逾期：" + evaluation.department().name() + " " + evaluation.year(), text);
        });
    }

    private Task task(DelegateExecution execution, Step step) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step.taskKey()).singleResult();
    }

    private static long evaluationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessTasks.EVALUATION_ID)).longValue();
    }

    /** The task's holder, or everyone who may take it. */
    private List<AccountView> holders(Task task, Step step, EvaluationStage evaluation) {
        if (task.getAssignee() != null) {
            return accounts.find(task.getAssignee()).map(List::of).orElse(List.of());
        }
        return accounts.withRole(step.role(), Guard.department(step, evaluation));
    }

    private List<AccountView> escalation(Step step, EvaluationStage evaluation) {
        Role role = settings.findById(step.status()).orElseThrow().toView().escalateTo();
        String department = switch (role) {
            case ADMIN -> null;
            case FINANCE_REVIEWER -> evaluation.department().bureauCode();
            default -> evaluation.department().code();
        };
        return new ArrayList<>(accounts.withRole(role, department));
    }
}
