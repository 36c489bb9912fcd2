package org.perfeval.core.evaluation;

import org.perfeval.core.department.DepartmentView;
import org.perfeval.scoring.document.SelfEvaluationDocument;

/** An evaluation as the workflow sees it: whose it is, where it stands, its version and its current form. */
public record EvaluationStage(long id, DepartmentView department, int year, EvaluationStatus status, long version,
                              SelfEvaluationDocument document) {
}
