package org.perfeval.workflow.process;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.security.LoggedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the current user may do to an evaluation now, as the screens and the API offer it. */
@Service
@Transactional(readOnly = true)
public class ProcessQueries {

    private final Guard guard;
    private final ProcessTasks tasks;
    private final EvaluationStages stages;

    ProcessQueries(Guard guard, ProcessTasks tasks, EvaluationStages stages) {
        this.guard = guard;
        this.tasks = tasks;
        this.stages = stages;
    }

    /** The actions open to the current user; refused, like reading it, to those who may not see the evaluation. */
    @LoggedIn
    public Set<WorkflowAction> actions(long id) {
        stages.requireReadable(id);
        Optional<Act> open = guard.openIfAny(id);
        if (open.isEmpty()) {
            return Set.of();
        }
        Act act = open.get();
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        String holder = act.task().getAssignee();
        if (act.step().isCandidate(act.user(), act.stage())
                && (holder == null || holder.equals(act.user().username()))) {
            actions.addAll(switch (act.step()) {
                case DRAFTING -> Set.of(WorkflowAction.SUBMIT);
                case INTERNAL_REVIEW -> Set.of(WorkflowAction.APPROVE, WorkflowAction.RETURN);
                case FINANCE_CHECK -> Set.of(WorkflowAction.APPROVE, WorkflowAction.SEND_BACK);
                case RECTIFICATION -> Set.of(WorkflowAction.RESUBMIT);
                case PUBLICATION -> Set.of(WorkflowAction.PUBLISH);
            });
            actions.add(WorkflowAction.TRANSFER);
            actions.add(holder == null ? WorkflowAction.CLAIM : WorkflowAction.UNCLAIM);
        }
        if (mayWithdraw(act)) {
            actions.add(WorkflowAction.WITHDRAW);
        }
        return actions;
    }

    /**
     * Refuses, as the step itself would, unless the current user may act at the open task of {@code step} now: the
     * form at that stage, the step's role in the step's department, and the task unclaimed or theirs. For actions
     * at a step that are not steps of their own, such as the finance reviewer's decisions on rows.
     */
    @LoggedIn
    public void requireActor(long id, Step step) {
        guard.act(id, step);
    }

    /** Whether {@link #requireActor} lets the current user act at {@code step} now. */
    @LoggedIn
    public boolean mayAct(long id, Step step) {
        stages.requireReadable(id);
        return guard.openIfAny(id).filter(act -> act.step() == step && act.step().isCandidate(act.user(), act.stage())
                && (act.task().getAssignee() == null || act.task().getAssignee().equals(act.user().username())))
                .isPresent();
    }

    private boolean mayWithdraw(Act act) {
        try {
            Withdrawal.check(act.step(), act.task().getAssignee(), tasks.lastCompleted(act.task()),
                    act.user().username());
            return true;
        } catch (WorkflowRefusedException notNow) {
            return false;
        }
    }
}
