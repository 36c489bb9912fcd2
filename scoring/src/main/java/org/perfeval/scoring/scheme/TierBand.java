package org.perfeval.scoring.scheme;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Tier;

/**
 * The share of a qualitative indicator's weight a tier allows: from {@code min} (included) up to {@code max}
 * (excluded, except for the top tier, whose max is 1 and included).
 */
public record TierBand(Tier tier, BigDecimal min, BigDecimal max) {

    /** Whether this is the top band, the one that includes the full weight (valid schemes put 达成 there). */
    public boolean isTop() {
        return tier == Tier.ACHIEVED;
    }

    /** Whether {@code share} (score / weight) lies inside this band. */
    public boolean contains(BigDecimal share) {
        return share.compareTo(min) >= 0 && (isTop() ? share.compareTo(max) <= 0 : share.compareTo(max) < 0);
    }
}
