package org.perfeval.scoring.scheme;

import org.perfeval.scoring.text.Labelled;

/** What the budget execution rate is measured against. */
public enum BudgetDenominator implements Labelled {
    /** 调整预算数 (全年预算数), or 年初预算数 when there was no adjustment. */
    ADJUSTED_OR_INITIAL,
    /** Always 年初预算数. */
    INITIAL;

    @Override
    public String labelKey() {
        return "denominator." + name();
    }
}
