package org.perfeval.scoring.scheme;

/** What the budget execution rate is measured against. */
public enum BudgetDenominator {
    /** 调整预算数 (全年预算数), or 年初预算数 when there was no adjustment. */
    ADJUSTED_OR_INITIAL,
    /** Always 年初预算数. */
    INITIAL
}
