package org.perfeval.workflow.round;

import java.math.BigDecimal;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.scoring.document.Grade;

/**
 * One department of a round: its draft and where it stands, the department's own total and grade beside the
 * computed ones, provisional (待认定) while {@code pendingRows} rows await the finance reviewer's decision. The
 * evaluation fields are null for a project round's department, whose drafters start each project.
 */
public record RoundEntry(String department, String departmentName, Long evaluationId, EvaluationStatus stage,
                         BigDecimal selfTotal, Grade selfGrade, BigDecimal computedTotal, Grade computedGrade,
                         int pendingRows, boolean overdue) {
}
