package org.perfeval.scoring.scheme;

import org.perfeval.scoring.text.Labelled;

/** How a missed lower-is-better (≤) indicator is scored. */
public enum LowerIsBetterFormula implements Labelled {
    /** weight × target / actual */
    RATIO,
    /** weight − deductionPerPoint × (actual − target), not below the floor */
    DEDUCTION;

    @Override
    public String labelKey() {
        return "formula." + name();
    }
}
