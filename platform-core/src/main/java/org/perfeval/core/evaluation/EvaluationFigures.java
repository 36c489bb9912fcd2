package org.perfeval.core.evaluation;

import java.util.List;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.adjudication.Adjudications;
import org.perfeval.core.scheme.Scoring;
import org.perfeval.core.security.SystemUser;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.ScoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures kept with each form so that lists need not rescore it: the total and grade the rules give it and how
 * many errors they find. This is the one place they are computed and stored: whatever changes what the rules give a
 * form (an edit of the form, a reviewer's adjudicated score of a row) calls {@link #recompute(long)} in the
 * transaction of its change, or {@link #record} when it holds the form.
 */
@Component
public class EvaluationFigures {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationFigures.class);

    private final SelfEvaluationRepository evaluations;
    private final DepartmentService departments;
    private final Scoring scoring;
    private final Adjudications adjudications;
    private final TransactionTemplate transactions;

    EvaluationFigures(SelfEvaluationRepository evaluations, DepartmentService departments, Scoring scoring,
                      Adjudications adjudications, PlatformTransactionManager transactionManager) {
        this.evaluations = evaluations;
        this.departments = departments;
        this.scoring = scoring;
        this.adjudications = adjudications;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Rescores the stored form {@code evaluationId} and stores its figures, in the caller's transaction (or a new
     * one); returns the score. It shows nothing and changes nothing a user could choose: the figures follow from
     * the form.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public ScoreResult recompute(long evaluationId) {
        SelfEvaluation evaluation = evaluations.findById(evaluationId)
                .orElseThrow(() -> new EvaluationNotFoundException(evaluationId));
        DepartmentView department = departments.byId(evaluation.getDepartmentId()).orElseThrow();
        return record(evaluation, evaluation.toDocument(department));
    }

    /**
     * Scores {@code document}, the form of {@code evaluation} as it now stands, with the finance reviewer's decisions
     * on the rows the rules cannot decide (a form not yet stored has none), and keeps the figures with it.
     */
    ScoreResult record(SelfEvaluation evaluation, SelfEvaluationDocument document) {
        ScoreResult score = evaluation.getId() == null ? scoring.current().score(document)
                : adjudications.score(evaluation.getId(), document);
        evaluation.recordFigures(score);
        return score;
    }

    /**
     * Forms stored before the error count was kept with the score get all their figures at start, one by one; a
     * form changed meanwhile (on another node) has them already.
     */
    @EventListener(ApplicationReadyEvent.class)
    void completeOlderForms() {
        List<Long> ids = evaluations.findIdsWithoutFigures();
        if (ids.isEmpty()) {
            return;
        }
        SystemUser.run(() -> ids.forEach(id -> {
            try {
                transactions.executeWithoutResult(status -> recompute(id));
            } catch (OptimisticLockingFailureException | EvaluationNotFoundException e) {
                LOG.debug("form {} changed while its figures were completed: it has them", id);
            }
        }));
        LOG.info("figures completed for {} forms stored before they were kept", ids.size());
    }
}
