package org.perfeval.scoring.document;

import java.math.BigDecimal;

/**
 * 预算情况: the total, and the optional breakdowns by source (fiscal, other) and by structure (basic, project).
 * A breakdown is null where the form leaves it empty.
 */
public record Budget(BigDecimal initial, BigDecimal adjusted, BigDecimal executed,
                     BudgetLine fiscal, BudgetLine other, BudgetLine basic, BudgetLine project) {

    public BudgetLine total() {
        return new BudgetLine(initial, adjusted, executed);
    }
}
