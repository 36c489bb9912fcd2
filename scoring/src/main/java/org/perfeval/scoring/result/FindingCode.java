package org.perfeval.scoring.result;

import static org.perfeval.scoring.result.Severity.ERROR;
import static org.perfeval.scoring.result.Severity.INFO;
import static org.perfeval.scoring.result.Severity.WARNING;

import org.perfeval.scoring.text.Labelled;

/**
 * Every discrepancy the scorer points out, with a stable code and its severity. Its label key names the finding's
 * message, {@code finding.<CODE>}, whose {@code {0}} is the finding's place and whose later values are its args.
 */
public enum FindingCode implements Labelled {
    SCHEME_UNKNOWN(ERROR),
    SCHEME_KIND_MISMATCH(WARNING),

    BUDGET_MISSING(ERROR),
    BUDGET_AMOUNT_MISSING(ERROR),
    BUDGET_AMOUNT_NEGATIVE(ERROR),
    BUDGET_DENOMINATOR_ZERO(ERROR),
    BUDGET_OVER_EXECUTED(INFO),
    BUDGET_RATE_NEEDS_EXPLANATION(WARNING),
    BUDGET_BREAKDOWN_MISMATCH(WARNING),
    TASKS_BUDGET_MISMATCH(INFO),

    LEVEL1_UNKNOWN(ERROR),
    LEVEL1_DUPLICATE(ERROR),
    LEVEL1_FIXED_WEIGHT_CHANGED(ERROR),
    LEVEL1_TOTAL_NOT_100(ERROR),
    TOTAL_CAPPED(WARNING),
    LEVEL1_WEIGHT_SUM_MISMATCH(ERROR),

    INDICATOR_LEVEL1_UNKNOWN(ERROR),
    INDICATOR_IN_BUDGET_BLOCK(ERROR),
    WEIGHT_MISSING(ERROR),
    WEIGHT_NEGATIVE(ERROR),
    TARGET_MISSING(ERROR),
    TARGET_UNREADABLE(WARNING),
    ACTUAL_MISSING(ERROR),
    ACTUAL_NOT_GIVEN(WARNING),
    ACTUAL_UNREADABLE(WARNING),
    ACTUAL_IS_INEQUALITY(WARNING),
    UNIT_MISMATCH(WARNING),
    TARGET_POSSIBLY_TOO_LOW(INFO),
    TIER_MISSING(WARNING),
    TIER_CONTRADICTS_ACTUAL(WARNING),
    SELF_SCORE_NEGATIVE(ERROR),
    SELF_SCORE_ABOVE_WEIGHT(ERROR),
    SELF_SCORE_OUTSIDE_TIER(ERROR),
    SELF_SCORE_DIFFERS(WARNING),
    DEVIATION_REASON_MISSING(WARNING),
    NOT_APPLICABLE_REBASED(INFO),
    DIRECTION_INFERRED_FROM_NAME(INFO),
    DIRECTION_INFERRED_FROM_TARGET(INFO),
    DIRECTION_INFERRED_FROM_ACTUAL(INFO),
    DEADLINE_MISSED(WARNING),
    DEADLINE_UNDECIDED(WARNING),
    ROW_UNVERIFIED(WARNING),
    ROW_ADJUDICATED(INFO),

    SELF_BUDGET_SCORE_DIFFERS(WARNING),
    SELF_LEVEL1_UNKNOWN(WARNING),
    SELF_LEVEL1_SCORE_DIFFERS(WARNING),
    SELF_LEVEL1_NOT_SUM_OF_ROWS(WARNING),
    SELF_TOTAL_DIFFERS(WARNING),
    SELF_TOTAL_NOT_SUM_OF_PARTS(WARNING),
    SELF_TOTAL_NOT_SUM_OF_ROWS(WARNING),
    SELF_GRADE_DIFFERS(WARNING);

    private final Severity severity;
    private final String labelKey;

    FindingCode(Severity severity) {
        this.severity = severity;
        this.labelKey = "finding." + name();
    }

    public Severity severity() {
        return severity;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
