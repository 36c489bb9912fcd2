package org.perfeval.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;

/**
 * A self-evaluation in a list: whose, which year, where it stands, and its self-reported and computed scores; the
 * computed total is provisional (待认定) while {@code pendingRows} rows await the finance reviewer's decision.
 */
public record EvaluationSummary(Long id, String departmentCode, String departmentName, int year, EvaluationKind kind,
                                String project, EvaluationStatus status, long version, BigDecimal selfTotal,
                                Grade selfGrade, BigDecimal computedTotal, Grade computedGrade, int errorCount, int pendingRows,
                                Instant updatedAt, String updatedBy) {
}
