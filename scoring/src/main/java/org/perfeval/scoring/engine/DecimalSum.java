package org.perfeval.scoring.engine;

import java.math.BigDecimal;

/**
 * Adds decimals exactly, keeping whole numbers in a long: weights and scores are mostly whole numbers, and adding
 * them this way creates no object per row, which keeps scoring fast.
 */
final class DecimalSum {

    private static final int LONG_SAFE_DIGITS = 15;

    private long whole;
    private BigDecimal fraction;
    private boolean unknown;

    void add(BigDecimal value) {
        if (value == null) {
            unknown = true;
        } else if (value.scale() == 0 && value.precision() <= LONG_SAFE_DIGITS) {
            whole += value.longValue();
        } else {
            fraction = fraction == null ? value : fraction.add(value);
        }
    }

    /** The sum, or null if a value added was unknown (null). */
    BigDecimal value() {
        if (unknown) {
            return null;
        }
        BigDecimal sum = BigDecimal.valueOf(whole);
        return fraction == null ? sum : sum.add(fraction);
    }
}
