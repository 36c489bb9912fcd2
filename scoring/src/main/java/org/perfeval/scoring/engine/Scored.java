package org.perfeval.scoring.engine;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.Arithmetic;
import org.perfeval.scoring.result.Comparison;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.scheme.Rounding;
import org.perfeval.scoring.scheme.TierBand;

/**
 * What a rule made of a row before rounding and bounds: the rule, the unrounded score and its arithmetic. The
 * {@link Arithmetic} record is a public result; how each kind of row fills it is the scorer's.
 */
record Scored(RowRule rule, BigDecimal unrounded, Arithmetic arithmetic) {

    static Scored notScorable(BigDecimal weight, UnscorableReason reason) {
        return new Scored(RowRule.NOT_SCORABLE, ZERO, unscorable(weight, reason));
    }

    static Arithmetic quantitative(Comparison comparison, BigDecimal target, BigDecimal actual,
                                   BigDecimal weight, BigDecimal unrounded) {
        return new Arithmetic(comparison, target, actual, weight, unrounded, null, null, null, null, null);
    }

    static Arithmetic deduction(BigDecimal target, BigDecimal actual, BigDecimal weight,
                                BigDecimal unrounded, BigDecimal perPoint) {
        return new Arithmetic(Comparison.AT_MOST, target, actual, weight, unrounded, perPoint, null, null, null, null);
    }

    static Arithmetic qualitative(BigDecimal weight, Tier tier, TierBand band, Rounding rounding) {
        return new Arithmetic(null, null, null, weight, null, null, tier, band, rounding, null);
    }

    static Arithmetic unscorable(BigDecimal weight, UnscorableReason reason) {
        return new Arithmetic(null, null, null, weight, null, null, null, null, null, reason);
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.max(low).min(high);
    }
}
