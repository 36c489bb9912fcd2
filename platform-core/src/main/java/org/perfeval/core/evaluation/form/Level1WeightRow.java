package org.perfeval.core.evaluation.form;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Level1Weight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A 一级指标 weight the form gives. */
@Entity
@Table(name = "evaluation_level1")
class Level1WeightRow extends FormRow {

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = ColumnLimits.LEVEL1)
    private String name;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    protected Level1WeightRow() {
    }

    void assign(int rowNo, Level1Weight level1) {
        this.rowNo = rowNo;
        this.name = level1.name();
        this.weight = level1.weight();
    }

    Level1Weight toLevel1() {
        return new Level1Weight(name, plain(weight));
    }
}
