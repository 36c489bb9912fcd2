package org.perfeval.core.evaluation;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Grade;

/**
 * Just enough of an evaluation to list it: whose, which year, which project, where it stands, and the score the rules
 * give its current form (null for a form stored before scores were kept with forms).
 */
public record EvaluationHeader(long id, String departmentCode, String departmentName, int year, String project,
                               EvaluationStatus status, BigDecimal computedTotal, Grade computedGrade,
                               int pendingRows) {
}
