package org.perfeval.workflow.disclosure;

import java.math.BigDecimal;
import java.time.Instant;

/** A disclosed report: its frozen canonical JSON, the SHA-256 of that text, and the approved score and grade. */
public record DisclosureView(long evaluationId, String documentJson, String sha256, BigDecimal total, String grade,
                             String disclosedBy, Instant disclosedAt) {
}
