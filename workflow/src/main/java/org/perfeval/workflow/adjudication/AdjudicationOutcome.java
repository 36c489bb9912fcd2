package org.perfeval.workflow.adjudication;

import java.math.BigDecimal;

import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.perfeval.scoring.result.ScoreResult;

/**
 * What a decision (or its withdrawal) left: the row's decision (null when withdrawn), and the form's total and grade
 * now, provisional (待认定) while {@code unverified} rows remain undecided.
 */
public record AdjudicationOutcome(int row, StoredAdjudication adjudication, BigDecimal total, String grade,
                                  boolean provisional, int unverified) {

    static AdjudicationOutcome of(int row, StoredAdjudication adjudication, ScoreResult score) {
        return new AdjudicationOutcome(row, adjudication, score.total(), score.grade().symbol(), score.provisional(),
                score.unverifiedCount());
    }
}
