package org.perfeval.workflow.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.AccountView;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.scoring.engine.ScoreResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the self-evaluation workflow. Each is checked on the server (role, department, task holder) and is
 * one transaction: the process, the evaluation's status, the audit trail and the score snapshot change together or
 * not at all.
 */
@Service
@Transactional
public class WorkflowService {

    private final Guard guard;
    private final ProcessTasks tasks;
    private final EvaluationStages stages;
    private final Recorder recorder;
    private final RectificationItems items;
    private final AccountService accounts;
    private final Notifier notifier;
    private final Clock clock;

    WorkflowService(Guard guard, ProcessTasks tasks, EvaluationStages stages, Recorder recorder,
                    RectificationItems items, AccountService accounts, Notifier notifier, Clock clock) {
        this.guard = guard;
        this.tasks = tasks;
        this.stages = stages;
        this.recorder = recorder;
        this.items = items;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** 提交: the drafter submits the draft for internal review; refused while the scorer reports errors. */
    @PreAuthorize("hasRole('DRAFTER')")
    public void submit(long id) {
        Act act = guard.act(id, Step.DRAFTING);
        complete(act, WorkflowAction.SUBMIT, Map.of(), null, submittable(act));
    }

    /** 通过: internal review passes the form to the finance bureau, or the finance check approves it. */
    @PreAuthorize("hasAnyRole('DEPT_REVIEWER', 'FINANCE_REVIEWER')")
    public void approve(long id, String remark) {
        Act act = guard.act(id, Step.INTERNAL_REVIEW, Step.FINANCE_CHECK);
        complete(act, WorkflowAction.APPROVE, Map.of(ProcessTasks.DECISION, "approve"), blankToNull(remark),
                recorder.score(act.stage()));
    }

    /** 退回: internal review returns the form to its drafters, with a reason. */
    @PreAuthorize("hasRole('DEPT_REVIEWER')")
    public void returnToDrafters(long id, String reason) {
        Act act = guard.act(id, Step.INTERNAL_REVIEW);
        String why = required(reason);
        complete(act, WorkflowAction.RETURN, Map.of(ProcessTasks.DECISION, "return"), why,
                recorder.score(act.stage()));
        tellDrafters(act, "内部审核退回", why);
    }

    /** 退回整改: the finance check sends the form back with a reason and the items to put right. */
    @PreAuthorize("hasRole('FINANCE_REVIEWER')")
    public void sendBack(long id, String reason, List<RectificationRequest> requests) {
        Act act = guard.act(id, Step.FINANCE_CHECK);
        String why = required(reason);
        if (requests == null || requests.isEmpty()) {
            throw new WorkflowRefusedException("a send-back needs at least one rectification item");
        }
        int round = tasks.round(act.task()) + 1;
        for (RectificationRequest request : requests) {
            items.save(new RectificationItem(id, round, checked(request, act)));
        }
        complete(act, WorkflowAction.SEND_BACK, Map.of(ProcessTasks.DECISION, "sendBack", ProcessTasks.ROUND, round),
                why, recorder.score(act.stage()));
        tellDrafters(act, "财政审核退回整改", why);
    }

    /** 整改后提交: the drafter answers every item of the round and resubmits for internal review. */
    @PreAuthorize("hasRole('DRAFTER')")
    public void resubmit(long id, List<RectificationAnswer> answers) {
        Act act = guard.act(id, Step.RECTIFICATION);
        List<RectificationItem> open = items.findByEvaluationIdAndRoundOrderByIdAsc(id, tasks.round(act.task()));
        List<String> missing = new ArrayList<>();
        for (RectificationItem item : open) {
            String answer = answers == null ? null : answers.stream().filter(a -> a.itemId() == item.getId())
                    .map(RectificationAnswer::answer).filter(a -> a != null && !a.isBlank()).findFirst().orElse(null);
            if (answer == null) {
                missing.add(String.valueOf(item.getId()));
            } else if (answer.length() > RectificationItem.MAX_TEXT) {
                throw new WorkflowRefusedException("the answer to item " + item.getId() + " is longer than "
                        + RectificationItem.MAX_TEXT + " characters");
            } else {
                item.answer(answer.strip(), act.user().username(), clock.instant());
            }
        }
        if (!missing.isEmpty()) {
            throw new WorkflowRefusedException("every rectification item needs an answer; unanswered: "
                    + String.join(", ", missing));
        }
        complete(act, WorkflowAction.RESUBMIT, Map.of(), null, submittable(act));
    }

    /** 确认公开: the department's reviewer confirms publication; the report is frozen as disclosed. */
    @PreAuthorize("hasRole('DEPT_REVIEWER')")
    public DisclosureView publish(long id) {
        Act act = guard.act(id, Step.PUBLICATION);
        DisclosureView disclosure = recorder.disclose(act.stage(), act.user());
        complete(act, WorkflowAction.PUBLISH, Map.of(), null, recorder.score(act.stage()));
        return disclosure;
    }

    /** 撤回: whoever took the last step pulls it back while the next step is still unclaimed. */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(long id) {
        Act act = guard.open(id);
        AuditView last = Withdrawal.check(act, recorder.timeline(id));
        Step back = Step.ofStatus(last.fromStage());
        tasks.moveBack(act.task(), back);
        stages.move(id, act.step().status(), back.status());
        recorder.step(act.stage(), act.user(), last.actorRole(), WorkflowAction.WITHDRAW, back.status(), null,
                recorder.score(act.stage()));
    }

    /** 签收: take the task, so that no one else works on it meanwhile. */
    @PreAuthorize("isAuthenticated()")
    public void claim(long id) {
        Act act = guard.act(id, Step.values());
        if (act.task().getAssignee() == null) {
            tasks.claim(act.task(), act.user().username());
            recorder.audit(act, WorkflowAction.CLAIM, null);
        }
    }

    /** 放弃签收: give the task back to everyone who may take it. */
    @PreAuthorize("isAuthenticated()")
    public void unclaim(long id) {
        Act act = guard.act(id, Step.values());
        if (act.task().getAssignee() == null) {
            throw new WorkflowRefusedException("nobody holds the task");
        }
        tasks.unclaim(act.task());
        recorder.audit(act, WorkflowAction.UNCLAIM, null);
    }

    /** 转办: hand the task to another user of the same role and department. */
    @PreAuthorize("isAuthenticated()")
    public void transfer(long id, String username) {
        Act act = guard.act(id, Step.values());
        AccountView target = accounts.find(username).filter(AccountView::enabled).orElseThrow(
                () -> new WorkflowRefusedException("no active user " + username));
        if (!target.roles().contains(act.step().role())
                || !Guard.department(act.step(), act.stage()).equals(target.departmentCode())
                || target.username().equals(act.user().username())) {
            throw new WorkflowRefusedException(username + " is not another " + act.step().role().keycloakName()
                    + " of " + Guard.department(act.step(), act.stage()));
        }
        tasks.assign(act.task(), target.username());
        recorder.audit(act, WorkflowAction.TRANSFER, "→ " + target.username());
    }

    private void tellDrafters(Act act, String what, String reason) {
        String title = act.stage().department().name() + " " + act.stage().year();
        notifier.tell(accounts.withRole(Role.DRAFTER, act.stage().department().code()), act.stage().id(),
                NotificationKind.RETURNED, "[PerfEval] " + what + "：" + title,
                "《" + title + " 绩效自评表》" + what + "。原因：" + reason);
    }

    private ScoreResult submittable(Act act) {
        ScoreResult score = recorder.score(act.stage());
        if (score.hasErrors()) {
            throw new SubmissionRefusedException(score.errors());
        }
        return score;
    }

    private void complete(Act act, WorkflowAction action, Map<String, Object> variables, String reason,
                          ScoreResult score) {
        tasks.complete(act.task(), act.user().username(), variables);
        EvaluationStatus next = tasks.active(act.stage().id()).flatMap(t -> Step.ofTask(t.getTaskDefinitionKey()))
                .map(Step::status).orElse(EvaluationStatus.DISCLOSED);
        stages.move(act.stage().id(), act.step().status(), next);
        recorder.step(act.stage(), act.user(), act.step().role().keycloakName(), action, next, reason, score);
    }

    private static RectificationRequest checked(RectificationRequest request, Act act) {
        if (request.request() == null || request.request().isBlank()
                || request.request().length() > RectificationItem.MAX_TEXT) {
            throw new WorkflowRefusedException("each rectification item needs a request of 1 to "
                    + RectificationItem.MAX_TEXT + " characters");
        }
        Integer row = request.indicatorRow();
        if (row == null && (request.findingCode() == null || request.findingCode().isBlank())) {
            throw new WorkflowRefusedException("each rectification item points at an indicator row or a finding");
        }
        if (row != null && (row < 0 || row >= act.stage().document().indicators().size())) {
            throw new WorkflowRefusedException("rectification item row " + row + " is not a row of this form");
        }
        return new RectificationRequest(row, blankToNull(request.findingCode()), request.request().strip());
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowRefusedException("a reason is required");
        }
        if (reason.length() > 4000) {
            throw new WorkflowRefusedException("the reason is longer than 4000 characters");
        }
        return reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
