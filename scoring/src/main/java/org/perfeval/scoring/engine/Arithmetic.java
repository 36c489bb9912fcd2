package org.perfeval.scoring.engine;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Tier;

/**
 * The numbers behind a row's score, so that every score can be checked by hand: the target and actual as read,
 * the weight, the unrounded result, and for qualitative rows the tier and its range. Fields that do not apply to
 * the row's rule are null.
 */
public record Arithmetic(Comparison comparison, BigDecimal target, BigDecimal actual, BigDecimal weight,
                         BigDecimal unrounded, BigDecimal deductionPerPoint, Tier tier, BigDecimal tierLow,
                         BigDecimal tierHigh, String reason) {

    static Arithmetic quantitative(Comparison comparison, BigDecimal target, BigDecimal actual, BigDecimal weight,
                                   BigDecimal unrounded) {
        return new Arithmetic(comparison, target, actual, weight, unrounded, null, null, null, null, null);
    }

    static Arithmetic deduction(BigDecimal target, BigDecimal actual, BigDecimal weight, BigDecimal unrounded,
                                BigDecimal perPoint) {
        return new Arithmetic(Comparison.AT_MOST, target, actual, weight, unrounded, perPoint, null, null, null, null);
    }

    static Arithmetic qualitative(BigDecimal weight, Tier tier, BigDecimal low, BigDecimal high) {
        return new Arithmetic(null, null, null, weight, null, null, tier, low, high, null);
    }

    static Arithmetic unscorable(BigDecimal weight, String reason) {
        return new Arithmetic(null, null, null, weight, null, null, null, null, null, reason);
    }
}
