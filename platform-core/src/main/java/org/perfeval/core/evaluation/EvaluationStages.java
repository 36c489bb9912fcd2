package org.perfeval.core.evaluation;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's stage, for the workflow: read by anyone who may read the evaluation, moved only from the stage
 * the caller expects, so that process state and evaluation status cannot drift apart unnoticed. Who may take which
 * step is the workflow's decision, checked before it calls here.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationStages {

    private final EvaluationLookup lookup;

    EvaluationStages(EvaluationLookup lookup) {
        this.lookup = lookup;
    }

    @PreAuthorize("isAuthenticated()")
    public EvaluationStage stage(long id) {
        SelfEvaluation evaluation = lookup.readable(id);
        return new EvaluationStage(id, evaluation.getDepartment().toView(), evaluation.getFiscalYear(),
                evaluation.getStatus(), evaluation.getVersion(), evaluation.toDocument());
    }

    /**
     * The headers of the evaluations {@code ids} that the current user may read, by id: a page of an inbox in one
     * query, without loading the forms.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, EvaluationHeader> headers(Collection<Long> ids) {
        return lookup.headers(ids);
    }

    /** Refuses (not found, or access denied) unless the current user may read the evaluation. */
    @PreAuthorize("isAuthenticated()")
    public void requireReadable(long id) {
        lookup.readable(id);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void move(long id, EvaluationStatus expected, EvaluationStatus next) {
        SelfEvaluation evaluation = lookup.readable(id);
        if (evaluation.getStatus() != expected) {
            throw new IllegalStateException("evaluation " + id + " is in stage " + evaluation.getStatus()
                    + ", not " + expected);
        }
        evaluation.moveTo(next);
    }
}
