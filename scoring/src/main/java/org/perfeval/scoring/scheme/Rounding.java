package org.perfeval.scoring.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place scores are rounded: every row, block and total goes through {@link #apply}. */
public record Rounding(int scale, RoundingMode mode) {

    public static final Rounding HALF_UP_2 = new Rounding(2, RoundingMode.HALF_UP);
    private static final int CACHED = 101;
    private static final BigDecimal[][] WHOLE_NUMBERS = new BigDecimal[5][CACHED];

    static {
        for (int s = 0; s < WHOLE_NUMBERS.length; s++) {
            for (int i = 0; i < CACHED; i++) {
                WHOLE_NUMBERS[s][i] = BigDecimal.valueOf(i).setScale(s);
            }
        }
    }

    public BigDecimal apply(BigDecimal value) {
        // weights are mostly small whole numbers; rounding them needs no new object
        if (value.scale() == 0 && scale < WHOLE_NUMBERS.length && value.signum() >= 0 && value.precision() <= 2) {
            return WHOLE_NUMBERS[scale][value.intValue()];
        }
        return value.setScale(scale, mode);
    }

    /** The smallest step a rounded score can take, 0.01 at scale 2. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(scale);
    }
}
