package org.perfeval.core.evaluation.adjudication;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision on one row of one evaluation: the row by position and 三级指标 name, the score, why, who and when. */
@Entity
@Table(name = "row_adjudication")
class RowAdjudication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(name = "row_no", nullable = false)
    private int row;

    @Column(nullable = false, length = 200)
    private String level3;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal score;

    @Column(nullable = false, length = Adjudications.MAX_REASON)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected RowAdjudication() {
    }

    RowAdjudication(long evaluationId, int row, String level3, BigDecimal score, String reason, String decidedBy,
                    Instant decidedAt) {
        this.evaluationId = evaluationId;
        this.row = row;
        this.level3 = level3;
        decide(score, reason, decidedBy, decidedAt);
    }

    void decide(BigDecimal score, String reason, String decidedBy, Instant decidedAt) {
        this.score = score;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** The same decision for the row now at {@code row}, where an edit moved it. */
    RowAdjudication movedTo(int row) {
        return new RowAdjudication(evaluationId, row, level3, score, reason, decidedBy, decidedAt);
    }

    int row() {
        return row;
    }

    String level3() {
        return level3;
    }

    StoredAdjudication toView(int currentRow) {
        return new StoredAdjudication(currentRow, level3, score, reason, decidedBy, decidedAt);
    }
}
