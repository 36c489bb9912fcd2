package org.perfeval.scoring.scheme;

/** What {@link SchemeValidator} refuses in a scheme; each is the text {@code violation.scheme.<PROBLEM>}. */
enum SchemeProblem {
    ID_PATTERN,
    TOTAL_NOT_POSITIVE,
    EXPLAIN_RATE_NOT_FRACTION,
    DEDUCTION_PER_POINT_MISSING,
    DEDUCTION_FLOOR_MISSING,
    LEVEL1_EMPTY,
    LEVEL1_NAME_TWICE,
    LEVEL1_BUDGET_BLOCK_NOT_ONE,
    LEVEL1_WEIGHTS_NOT_TOTAL,
    TIERS_NOT_EACH_ONCE,
    TIERS_OUT_OF_ORDER,
    TIER_MIN_NOT_BELOW_MAX,
    TIER_MAX_NOT_MIN_ABOVE,
    TOP_TIER_MAX_NOT_ONE,
    BOTTOM_TIER_MIN_NOT_ZERO,
    GRADES_NOT_EACH_ONCE,
    GRADES_OUT_OF_ORDER,
    GRADE_MIN_NOT_BELOW_ABOVE,
    BOTTOM_GRADE_MIN_NOT_ZERO;

    String key() {
        return "violation.scheme." + name();
    }
}
