package org.perfeval.core.evaluation.form;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A 一级 subtotal as the department printed it. */
@Entity
@Table(name = "self_level1_score")
class SelfLevel1ScoreRow extends FormRow {

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = ColumnLimits.LEVEL1)
    private String name;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal score;

    protected SelfLevel1ScoreRow() {
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
