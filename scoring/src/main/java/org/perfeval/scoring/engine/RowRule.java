package org.perfeval.scoring.engine;

/** The rule that decided a row's score. */
public enum RowRule {
    HIGHER_IS_BETTER_MET(false),
    HIGHER_IS_BETTER_PROPORTIONAL(true),
    LOWER_IS_BETTER_MET(false),
    LOWER_IS_BETTER_RATIO(true),
    LOWER_IS_BETTER_DEDUCTION(true),
    QUALITATIVE_TIER(true),
    NOT_APPLICABLE(false),
    NOT_SCORABLE(false);

    private final boolean maySignalMiss;

    RowRule(boolean maySignalMiss) {
        this.maySignalMiss = maySignalMiss;
    }

    /** Whether a row scored by this rule can have missed its target (a qualitative row: below 达成). */
    boolean maySignalMiss() {
        return maySignalMiss;
    }
}
