package org.perfeval.scoring.scheme;

import java.math.BigDecimal;

/** The lower-is-better formula; the deduction and floor apply only to {@link LowerIsBetterFormula#DEDUCTION}. */
public record LowerIsBetterRule(LowerIsBetterFormula formula, BigDecimal deductionPerPoint, BigDecimal floor) {

    public static LowerIsBetterRule ratio() {
        return new LowerIsBetterRule(LowerIsBetterFormula.RATIO, null, null);
    }
}
