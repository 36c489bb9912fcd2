package org.perfeval.core.evaluation.form;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Tier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One 三级指标 row, kept in form order by {@code rowNo}. */
@Entity
@Table(name = "indicator")
class IndicatorRow extends FormRow {

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = ColumnLimits.LEVEL1)
    private String level1;

    @Column(nullable = false, length = ColumnLimits.LEVEL2)
    private String level2;

    @Column(nullable = false, length = ColumnLimits.LEVEL3)
    private String level3;

    @Column(nullable = false, length = ColumnLimits.TARGET)
    private String target;

    @Column(nullable = false, length = ColumnLimits.UNIT)
    private String unit;

    @Column(length = ColumnLimits.ACTUAL)
    private String actual;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    @Column(name = "self_score", precision = 9, scale = 4)
    private BigDecimal selfScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Tier tier;

    @Column(name = "deviation_reason", length = ColumnLimits.DEVIATION_REASON)
    private String deviationReason;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Direction direction;

    protected IndicatorRow() {
    }

    void assign(int rowNo, Indicator row) {
        this.rowNo = rowNo;
        this.level1 = row.level1();
        this.level2 = row.level2();
        this.level3 = row.level3();
        this.target = row.target();
        this.unit = row.unit();
        this.actual = row.actual();
        this.weight = row.weight();
        this.selfScore = row.selfScore();
        this.tier = row.tier();
        this.deviationReason = row.deviationReason();
        this.notApplicable = row.notApplicable();
        this.direction = row.direction();
    }

    Indicator toIndicator() {
        return new Indicator(level1, level2, level3, target, unit, actual, plain(weight), plain(selfScore), tier,
                deviationReason, notApplicable, direction);
    }
}
