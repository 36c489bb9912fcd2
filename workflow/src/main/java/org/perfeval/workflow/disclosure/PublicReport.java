package org.perfeval.workflow.disclosure;

import java.math.BigDecimal;
import java.time.Instant;

import org.perfeval.scoring.document.SelfEvaluationDocument;

/**
 * A disclosed self-evaluation as the public sees it: whose and which year, the approved score and grade, when, the
 * SHA-256 of the frozen text, and (in the detail) the frozen form itself.
 */
public record PublicReport(long evaluationId, int year, String departmentName, String project, BigDecimal total,
                           String grade, String sha256, Instant disclosedAt, String documentJson,
                           SelfEvaluationDocument document) {

    /** Without the form: for lists. */
    public PublicReport summary() {
        return new PublicReport(evaluationId, year, departmentName, project, total, grade, sha256, disclosedAt, null,
                null);
    }
}
