package org.perfeval.core.evaluation.adjudication;

import java.math.BigDecimal;
import java.time.Instant;

import org.perfeval.scoring.result.Adjudication;

/**
 * The finance reviewer's decision on a row as it applies to the form now: {@code row} is the row's current position
 * (0 is row 1), {@code indicator} its 三级指标.
 */
public record StoredAdjudication(int row, String indicator, BigDecimal score, String reason, String decidedBy,
                                 Instant decidedAt) {

    /** The decision as the scorer takes it. */
    public Adjudication toDecision() {
        return new Adjudication(row, score, reason);
    }
}
