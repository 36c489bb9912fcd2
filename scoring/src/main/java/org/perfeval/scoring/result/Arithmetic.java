package org.perfeval.scoring.result;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.scheme.Rounding;
import org.perfeval.scoring.scheme.TierBand;

/**
 * The numbers behind a row's score, so that every score can be checked by hand: the target and actual as read,
 * the weight, the unrounded result, and for qualitative rows the tier and its band (its range in points is
 * {@link #tierLow()} to {@link #tierHigh()}), and why a row could not be scored. Fields that do not apply to the
 * row's rule are null.
 */
public record Arithmetic(Comparison comparison, BigDecimal target, BigDecimal actual, BigDecimal weight,
                         BigDecimal unrounded, BigDecimal deductionPerPoint, Tier tier, TierBand band,
                         Rounding rounding, UnscorableReason reason) {

    /** The lowest score the tier allows; null for a row that is not qualitative. */
    public BigDecimal tierLow() {
        return band == null ? null : rounding.apply(weight.multiply(band.min()));
    }

    /** The highest score the tier allows: the weight for the top tier, else just under the next tier's low. */
    public BigDecimal tierHigh() {
        if (band == null) {
            return null;
        }
        return band.isTop() ? rounding.apply(weight)
                : rounding.apply(weight.multiply(band.max())).subtract(rounding.unit()).max(tierLow());
    }
}
