package org.perfeval.scoring.scheme;

/** How a missed lower-is-better (≤) indicator is scored. */
public enum LowerIsBetterFormula {
    /** weight × target / actual */
    RATIO,
    /** weight − deductionPerPoint × (actual − target), not below the floor */
    DEDUCTION
}
