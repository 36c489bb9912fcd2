package org.perfeval.core.evaluation;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A 一级 subtotal as the department printed it. */
@Entity
@Table(name = "self_level1_score")
class SelfLevel1ScoreRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private SelfEvaluation evaluation;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = ColumnLimits.LEVEL1)
    private String name;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal score;

    protected SelfLevel1ScoreRow() {
    }

    SelfLevel1ScoreRow(SelfEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    void assign(int rowNo, String name, BigDecimal score) {
        this.rowNo = rowNo;
        this.name = name;
        this.score = score;
    }

    String getName() {
        return name;
    }

    BigDecimal getScore() {
        return plain(score);
    }
}
