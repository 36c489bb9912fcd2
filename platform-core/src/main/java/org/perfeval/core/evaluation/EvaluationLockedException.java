package org.perfeval.core.evaluation;

import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** The evaluation is in a stage where its form may not be changed. */
public class EvaluationLockedException extends RefusedException {

    public EvaluationLockedException(long id, EvaluationStatus status) {
        super(Kind.CONFLICT, Text.of("core.evaluation.locked", id, status));
    }
}
