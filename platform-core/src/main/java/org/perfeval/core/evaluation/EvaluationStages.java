package org.perfeval.core.evaluation;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;


import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's stage, for the workflow (and what is filed with an evaluation): read by anyone who may read the
 * evaluation, moved only from the stage the caller expects, so that process state and evaluation status cannot drift
 * apart unnoticed. Who may take which step is the workflow's decision, checked before it calls here.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationStages {

    private final EvaluationLookup lookup;
    private final EvaluationFigures figures;
    private final Clock clock;

    EvaluationStages(EvaluationLookup lookup, EvaluationFigures figures, Clock clock) {
        this.lookup = lookup;
        this.figures = figures;
        this.clock = clock;
    }

    @LoggedIn
    public EvaluationStage stage(long id) {
        LoadedEvaluation found = lookup.readable(id);
        SelfEvaluation evaluation = found.evaluation();
        return new EvaluationStage(id, found.department(), evaluation.getFiscalYear(), evaluation.getStatus(),
                evaluation.getVersion(), found.document());
    }

    /**
     * The headers of the evaluations {@code ids} that the current user may read, by id: a page of an inbox in one
     * query, without loading the forms.
     */
    @LoggedIn
    public Map<Long, EvaluationHeader> headers(Collection<Long> ids) {
        return lookup.headers(ids);
    }

    /** Refuses (not found, or access denied) unless the current user may read the evaluation. */
    @LoggedIn
    public void requireReadable(long id) {
        lookup.readable(id);
    }

    /** Moves the evaluation on from {@code expected}; refused as a conflict when it has moved on otherwise. */
    @Transactional
    @LoggedIn
    public void move(long id, EvaluationStatus expected, EvaluationStatus next) {
        SelfEvaluation evaluation = lookup.readable(id).evaluation();
        if (evaluation.getStatus() != expected) {
            throw new EditConflictException(Text.of("core.evaluation.stageMoved", id, evaluation.getStatus(),
                    expected));
        }
        evaluation.moveTo(next);
    }

    /**
     * Stores the score the form now has after the finance reviewer's decisions changed (and raises its version, so
     * that of two decisions made at once on one form the later to commit is refused as a conflict); the new score.
     */
    @Transactional
    @LoggedIn
    public ScoreResult rescore(long id) {
        LoadedEvaluation found = lookup.readable(id);
        ScoreResult score = figures.record(found.evaluation(), found.document());
        found.evaluation().rescored(CurrentUsers.require().username(), clock.instant());
        return score;
    }
}
