package org.perfeval.workflow.process;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators set each stage's deadline while the platform runs; tasks created afterwards take the new values. */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    static final int MAX_DAYS = 365;

    private final StageDeadlines deadlines;
    private final Clock clock;

    DeadlineService(StageDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Every stage's deadline, in the order the workflow passes through them. */
    @PreAuthorize("isAuthenticated()")
    public List<DeadlineView> all() {
        return deadlines.findAll().stream().map(StageDeadline::toView)
                .sorted(Comparator.comparing(DeadlineView::stage)).toList();
    }

    /** Changes a stage's deadline; {@code change.version()} must be the one the administrator saw. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DeadlineView change(DeadlineView change) {
        if (change.stage() == null || change.stage() == EvaluationStatus.DISCLOSED) {
            throw new WorkflowRefusedException("stage: a deadline belongs to one of the workflow's stages");
        }
        if (change.daysAllowed() < 1 || change.daysAllowed() > MAX_DAYS) {
            throw new WorkflowRefusedException("daysAllowed: must be between 1 and " + MAX_DAYS);
        }
        if (change.remindBeforeDays() < 0 || change.remindBeforeDays() >= change.daysAllowed()) {
            throw new WorkflowRefusedException("remindBeforeDays: must be at least 0 and less than daysAllowed");
        }
        if (change.escalateTo() == null) {
            throw new WorkflowRefusedException("escalateTo: a role to escalate to is required");
        }
        StageDeadline deadline = deadlines.findById(change.stage()).orElseThrow();
        if (deadline.version() != change.version()) {
            throw new WorkflowRefusedException("the deadline of " + change.stage()
                    + " was changed meanwhile by someone else; reload it");
        }
        deadline.change(change, CurrentUsers.require().username(), clock.instant());
        return deadlines.saveAndFlush(deadline).toView();
    }
}
