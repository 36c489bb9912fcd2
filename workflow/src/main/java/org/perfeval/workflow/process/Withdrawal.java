package org.perfeval.workflow.process;

import java.util.List;
import java.util.Set;

/**
 * When a step may be pulled back (撤回): its next step has not been claimed yet, and the user asking took it.
 * Claims, releases and transfers do not count as steps.
 */
final class Withdrawal {

    private static final Set<WorkflowAction> WITHDRAWABLE = Set.of(WorkflowAction.SUBMIT, WorkflowAction.RESUBMIT,
            WorkflowAction.APPROVE);
    private static final Set<WorkflowAction> NOT_STEPS = Set.of(WorkflowAction.CLAIM, WorkflowAction.UNCLAIM,
            WorkflowAction.TRANSFER);

    private Withdrawal() {
    }

    /** The step to pull back, or a refusal saying why it cannot be. */
    static AuditView check(Act act, List<AuditView> timeline) {
        if (act.task().getAssignee() != null) {
            throw new WorkflowRefusedException("the next step is already held by " + act.task().getAssignee()
                    + " and can no longer be withdrawn");
        }
        AuditView last = timeline.reversed().stream().filter(entry -> !NOT_STEPS.contains(entry.action()))
                .findFirst().orElseThrow(() -> new WorkflowRefusedException("there is nothing to withdraw"));
        if (!WITHDRAWABLE.contains(last.action()) || last.toStage() != act.step().status()
                || !last.actor().equals(act.user().username())) {
            throw new WorkflowRefusedException("only the user who took the last step may withdraw it");
        }
        return last;
    }
}
