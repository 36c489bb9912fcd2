package org.perfeval.scoring.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place scores are rounded: every row, block and total goes through {@link #apply}. */
public record Rounding(int scale, RoundingMode mode) {

    public static final Rounding HALF_UP_2 = new Rounding(2, RoundingMode.HALF_UP);

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }

    /** The smallest step a rounded score can take, 0.01 at scale 2. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(scale);
    }
}
