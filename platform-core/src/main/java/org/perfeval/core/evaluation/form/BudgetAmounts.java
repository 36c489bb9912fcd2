package org.perfeval.core.evaluation.form;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;

import org.perfeval.scoring.document.BudgetLine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 年初预算数, 调整预算数 and 预算执行数 of one budget line; embedded once per line, all null when the line is empty. */
@Embeddable
class BudgetAmounts {

    @Column(precision = 20, scale = 4)
    private BigDecimal initial;

    @Column(precision = 20, scale = 4)
    private BigDecimal adjusted;

    @Column(precision = 20, scale = 4)
    private BigDecimal executed;

    protected BudgetAmounts() {
    }

    BudgetAmounts(BudgetLine line) {
        this.initial = line.initial();
        this.adjusted = line.adjusted();
        this.executed = line.executed();
    }

    static BudgetAmounts of(BudgetLine line) {
        return line == null ? null : new BudgetAmounts(line);
    }

    BudgetLine toLine() {
        return new BudgetLine(plain(initial), plain(adjusted), plain(executed));
    }
}
