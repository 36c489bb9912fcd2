package org.perfeval.workflow.process;

import java.util.Optional;
import java.util.Set;

/**
 * When a step may be pulled back (撤回), decided from the process's own record of its last completed step (not from
 * the audit trail): that step led forward to the open one (a submission or an approval, never a return), the user
 * asking completed it, and nobody has claimed the open task yet. Claims, releases and transfers complete no step.
 */
final class Withdrawal {

    /** The forward moves a person can take back: submit, resubmit, and the two approvals. */
    private static final Set<Move> FORWARD = Set.of(new Move(Step.DRAFTING, Step.INTERNAL_REVIEW),
            new Move(Step.RECTIFICATION, Step.INTERNAL_REVIEW), new Move(Step.INTERNAL_REVIEW, Step.FINANCE_CHECK),
            new Move(Step.FINANCE_CHECK, Step.PUBLICATION));

    /** The last task completed in the process, and by whom. */
    record Completed(Step step, String completedBy) {
    }

    private record Move(Step from, Step to) {
    }

    private Withdrawal() {
    }

    /**
     * The step to go back to, or the reason why the user cannot withdraw now.
     *
     * @param open the step of the open task
     * @param holder who holds the open task, or null
     * @param last the last task completed in the process, if any
     */
    static Step check(Step open, String holder, Optional<Completed> last, String user) {
        if (holder != null) {
            throw new WorkflowRefusedException("workflow.withdraw.claimed", holder);
        }
        Completed completed = last.orElseThrow(() -> new WorkflowRefusedException("workflow.withdraw.nothing"));
        if (!FORWARD.contains(new Move(completed.step(), open)) || !completed.completedBy().equals(user)) {
            throw new WorkflowRefusedException("workflow.withdraw.notYours");
        }
        return completed.step();
    }
}
