package org.perfeval.workflow.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.perfeval.scoring.document.SelfEvaluationDocument;

/**
 * A disclosed self-evaluation as the public sees it: whose and which year, the approved score and grade, when, the
 * SHA-256 of the frozen text, and (in the detail) the frozen form itself with the rows the finance reviewer decided
 * (认定: the rules could not decide them), each with its score and reason.
 */
public record PublicReport(long evaluationId, int year, String departmentName, String project, BigDecimal total,
                           String grade, String sha256, Instant disclosedAt, String documentJson,
                           SelfEvaluationDocument document, List<Adjudicated> adjudicated) {

    public PublicReport {
        adjudicated = adjudicated == null ? List.of() : List.copyOf(adjudicated);
    }

    /** A row the finance reviewer decided (认定): its position (0 is row 1), 三级指标, score and reason. */
    public record Adjudicated(int row, String indicator, BigDecimal score, String reason) {
    }

    /** Without the form: for lists. */
    public PublicReport summary() {
        return new PublicReport(evaluationId, year, departmentName, project, total, grade, sha256, disclosedAt, null,
                null, List.of());
    }
}
