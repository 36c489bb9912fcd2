package org.perfeval.scoring.document;

import java.math.BigDecimal;

/** How the format writes a number: plain, without trailing zeros (110, 83.42), the way the form wrote it. */
public final class Decimals {

    private Decimals() {
    }

    /** 110.0000 from a DECIMAL column becomes 110; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
