package org.perfeval.core.evaluation;

import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** No evaluation has this id. */
public class EvaluationNotFoundException extends RefusedException {

    public EvaluationNotFoundException(long id) {
        super(Kind.NOT_FOUND, Text.of("core.evaluation.notFound", id));
    }
}
