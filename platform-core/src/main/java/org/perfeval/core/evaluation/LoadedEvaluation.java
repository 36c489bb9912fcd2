package org.perfeval.core.evaluation;

import org.perfeval.core.department.DepartmentView;
import org.perfeval.scoring.document.SelfEvaluationDocument;

/** An evaluation found for the current user, with its department as the department service sees it. */
record LoadedEvaluation(SelfEvaluation evaluation, DepartmentView department) {

    SelfEvaluationDocument document() {
        return evaluation.toDocument(department);
    }
}
