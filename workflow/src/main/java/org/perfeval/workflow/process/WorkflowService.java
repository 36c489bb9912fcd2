package org.perfeval.workflow.process;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.AccountView;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.scheme.Scoring;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.workflow.rectification.RectificationAnswer;
import org.perfeval.workflow.rectification.RectificationRequest;
import org.perfeval.workflow.rectification.RectificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The steps of the self-evaluation workflow. Each is checked on the server (role, department, task holder) and is
 * one transaction: the process, the evaluation's status and what the features listening to {@link StepTaken}
 * record (audit trail, score snapshot, disclosure) change together or not at all.
 */
@Service
@Transactional
public class WorkflowService {

    static final int MAX_REASON = 4000;

    private final Guard guard;
    private final ProcessTasks tasks;
    private final EvaluationStages stages;
    private final RectificationService rectification;
    private final AccountService accounts;
    private final Scoring scoring;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkflowService(Guard guard, ProcessTasks tasks, EvaluationStages stages, RectificationService rectification,
                    AccountService accounts, Scoring scoring, ApplicationEventPublisher events, Clock clock) {
        this.guard = guard;
        this.tasks = tasks;
        this.stages = stages;
        this.rectification = rectification;
        this.accounts = accounts;
        this.scoring = scoring;
        this.events = events;
        this.clock = clock;
    }

    /** 提交: the drafter submits the draft for internal review; refused while the scorer reports errors. */
    @RolesAllowed(Roles.DRAFTER)
    public void submit(long id) {
        Act act = guard.act(id, Step.DRAFTING);
        requireNoErrors(act);
        complete(act, WorkflowAction.SUBMIT, Map.of(), null);
    }

    /** 通过: internal review passes the form to the finance bureau, or the finance check approves it. */
    @RolesAllowed({Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    public void approve(long id, String remark) {
        Act act = guard.act(id, Step.INTERNAL_REVIEW, Step.FINANCE_CHECK);
        complete(act, WorkflowAction.APPROVE, decided(Decision.APPROVE), optional(remark, "/remark"));
    }

    /** 退回: internal review returns the form to its drafters, with a reason. */
    @RolesAllowed(Roles.DEPT_REVIEWER)
    public void returnToDrafters(long id, String reason) {
        Act act = guard.act(id, Step.INTERNAL_REVIEW);
        complete(act, WorkflowAction.RETURN, decided(Decision.RETURN), required(reason));
    }

    /** 退回整改: the finance check sends the form back with a reason and the items to put right. */
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public void sendBack(long id, String reason, List<RectificationRequest> requests) {
        Act act = guard.act(id, Step.FINANCE_CHECK);
        String why = required(reason);
        int round = tasks.round(act.task()) + 1;
        rectification.request(id, round, act.stage().document().indicators().size(), requests);
        complete(act, WorkflowAction.SEND_BACK, Map.of(ProcessVariables.DECISION, Decision.SEND_BACK.variableValue(),
                ProcessVariables.ROUND, round), why);
    }

    /** 整改后提交: the drafter answers every item of the round and resubmits for internal review. */
    @RolesAllowed(Roles.DRAFTER)
    public void resubmit(long id, List<RectificationAnswer> answers) {
        Act act = guard.act(id, Step.RECTIFICATION);
        rectification.answer(id, tasks.round(act.task()), answers, act.user().username(), clock.instant());
        requireNoErrors(act);
        complete(act, WorkflowAction.RESUBMIT, Map.of(), null);
    }

    /** 确认公开: the department's reviewer confirms publication; the disclosure feature freezes the report. */
    @RolesAllowed(Roles.DEPT_REVIEWER)
    public void publish(long id) {
        Act act = guard.act(id, Step.PUBLICATION);
        complete(act, WorkflowAction.PUBLISH, Map.of(), null);
    }

    /** 撤回: whoever took the last step pulls it back while the next step is still unclaimed. */
    @LoggedIn
    public void withdraw(long id) {
        Act act = guard.open(id);
        Step back = Withdrawal.check(act.step(), act.task().getAssignee(), tasks.lastCompleted(act.task()),
                act.user().username());
        tasks.moveBack(act.task(), back);
        stages.move(id, act.step().status(), back.status());
        events.publishEvent(new StepTaken(UUID.randomUUID(), id, act.stage().department().code(), act.stage().department().name(),
                act.stage().year(), WorkflowAction.WITHDRAW, act.stage().status(), back.status(),
                act.user().username(), back.role(), null, null, clock.instant()));
    }

    /** 签收: take the task, so that no one else works on it meanwhile. */
    @LoggedIn
    public void claim(long id) {
        Act act = guard.act(id, Step.values());
        if (act.task().getAssignee() == null) {
            tasks.claim(act.task(), act.user().username());
            taskHandled(act, WorkflowAction.CLAIM, null);
        }
    }

    /** 放弃签收: give the task back to everyone who may take it. */
    @LoggedIn
    public void unclaim(long id) {
        Act act = guard.act(id, Step.values());
        if (act.task().getAssignee() == null) {
            throw new WorkflowRefusedException("workflow.process.nobodyHolds");
        }
        tasks.unclaim(act.task());
        taskHandled(act, WorkflowAction.UNCLAIM, null);
    }

    /** 转办: hand the task to another user of the same role and department. */
    @LoggedIn
    public void transfer(long id, String username) {
        Act act = guard.act(id, Step.values());
        AccountView target = (username == null ? Optional.<AccountView>empty()
                : accounts.find(username.strip())).filter(AccountView::enabled)
                .orElseThrow(() -> new WorkflowRefusedException("workflow.transfer.noSuchUser", username));
        if (!target.roles().contains(act.step().role())
                || !act.step().department(act.stage()).equals(target.departmentCode())
                || target.username().equals(act.user().username())) {
            throw new WorkflowRefusedException("workflow.transfer.notAColleague", target.displayName(),
                    act.step().role());
        }
        tasks.assign(act.task(), target.username());
        taskHandled(act, WorkflowAction.TRANSFER, "→ " + target.username());
    }

    private void requireNoErrors(Act act) {
        ScoreResult score = scoring.current().score(act.stage().document());
        if (score.hasErrors()) {
            throw new SubmissionRefusedException(score.errors());
        }
    }

    private void complete(Act act, WorkflowAction action, Map<String, Object> variables, String reason) {
        tasks.complete(act.task(), act.user().username(), variables);
        EvaluationStatus next = tasks.active(act.stage().id()).flatMap(t -> Step.ofTask(t.getTaskDefinitionKey()))
                .map(Step::status).orElse(EvaluationStatus.DISCLOSED);
        stages.move(act.stage().id(), act.step().status(), next);
        events.publishEvent(act.taken(action, next, reason, null, clock.instant()));
    }

    private void taskHandled(Act act, WorkflowAction action, String detail) {
        events.publishEvent(act.taken(action, act.stage().status(), null, detail, clock.instant()));
    }

    private static Map<String, Object> decided(Decision decision) {
        return Map.of(ProcessVariables.DECISION, decision.variableValue());
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowRefusedException("workflow.process.reasonRequired");
        }
        return checkedLength(reason.strip(), "/reason");
    }

    private static String optional(String remark, String pointer) {
        return remark == null || remark.isBlank() ? null : checkedLength(remark.strip(), pointer);
    }

    private static String checkedLength(String text, String pointer) {
        if (text.length() > MAX_REASON) {
            throw WorkflowRefusedException.field(pointer, "workflow.process.reasonTooLong", MAX_REASON);
        }
        return text;
    }
}
