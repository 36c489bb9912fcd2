package org.perfeval.scoring.result;

import java.math.BigDecimal;

/**
 * The budget block recomputed: the denominator used (adjusted or initial), the execution rate in percent
 * (2 decimals; null when it cannot be computed), the weight, the score and the department's own budget score.
 */
public record BudgetResult(String name, BigDecimal denominator, boolean adjustedUsed, BigDecimal executed,
                           BigDecimal rate, BigDecimal weight, BigDecimal score, BigDecimal selfScore,
                           BigDecimal difference) {
}
