package org.perfeval.core.evaluation;

/** No evaluation has this id. */
public class EvaluationNotFoundException extends RuntimeException {

    public EvaluationNotFoundException(long id) {
        super("no self-evaluation with id " + id);
    }
}
