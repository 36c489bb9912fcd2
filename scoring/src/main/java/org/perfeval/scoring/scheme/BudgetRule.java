package org.perfeval.scoring.scheme;

import java.math.BigDecimal;

/**
 * How the budget block is scored: min(rate, 1) × weight, the rate over the given denominator. A rate under
 * {@code explainRateBelow} (a fraction, or null for no such rule) must be explained in the report.
 */
public record BudgetRule(BudgetDenominator denominator, BigDecimal explainRateBelow) {
}
