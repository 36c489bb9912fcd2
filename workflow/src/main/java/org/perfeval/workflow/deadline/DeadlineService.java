package org.perfeval.workflow.deadline;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/** Administrators set each stage's deadline while the platform runs; tasks created afterwards take the new values. */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    static final int MAX_DAYS = 365;

    private final StageDeadlines deadlines;
    private final DueDateMoves moves;
    private final EvaluationStages stages;
    private final Clock clock;

    DeadlineService(StageDeadlines deadlines, DueDateMoves moves, EvaluationStages stages, Clock clock) {
        this.deadlines = deadlines;
        this.moves = moves;
        this.stages = stages;
        this.clock = clock;
    }

    /** The due dates of a form's tasks that calendar changes moved, oldest first, for whoever may read the form. */
    @LoggedIn
    public List<DueDateMoveView> moves(long evaluationId) {
        stages.requireReadable(evaluationId);
        return moves.findByEvaluationIdOrderByIdAsc(evaluationId).stream().map(DueDateMove::toView).toList();
    }

    /** Every stage's deadline, in the order the workflow passes through them. */
    @LoggedIn
    public List<DeadlineView> all() {
        return deadlines.findAll().stream().map(StageDeadline::toView)
                .sorted(Comparator.comparing(DeadlineView::stage)).toList();
    }

    /** Changes a stage's deadline; {@code change.version()} must be the one the administrator saw. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DeadlineView change(DeadlineView change) {
        if (change.stage() == null || change.stage() == EvaluationStatus.DISCLOSED) {
            throw new WorkflowRefusedException("workflow.deadline.stage");
        }
        if (change.daysAllowed() < 1 || change.daysAllowed() > MAX_DAYS) {
            throw new WorkflowRefusedException("workflow.deadline.daysAllowed", 1, MAX_DAYS);
        }
        if (change.remindBeforeDays() < 0 || change.remindBeforeDays() >= change.daysAllowed()) {
            throw new WorkflowRefusedException("workflow.deadline.remindBeforeDays");
        }
        if (change.escalateTo() == null) {
            throw new WorkflowRefusedException("workflow.deadline.escalateTo");
        }
        StageDeadline deadline = deadlines.findById(change.stage()).orElseThrow();
        if (deadline.version() != change.version()) {
            throw new WorkflowRefusedException("workflow.deadline.changedMeanwhile", change.stage());
        }
        deadline.change(change, CurrentUsers.require().username(), clock.instant());
        return deadlines.saveAndFlush(deadline).toView();
    }
}
