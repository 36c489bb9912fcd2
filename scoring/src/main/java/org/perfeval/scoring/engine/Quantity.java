package org.perfeval.scoring.engine;

import java.math.BigDecimal;

import org.perfeval.scoring.result.Comparison;

/** A target or actual read from the form: an optional comparison, a number and what follows it ("%", "万元", "米"). */
record Quantity(Comparison comparison, BigDecimal value, String unit) {

    boolean hasComparison() {
        return comparison != Comparison.NONE;
    }
}
