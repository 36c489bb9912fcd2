package org.perfeval.scoring.result;

/** The rule that decided a row's score. */
public enum RowRule {
    HIGHER_IS_BETTER_MET,
    HIGHER_IS_BETTER_PROPORTIONAL,
    LOWER_IS_BETTER_MET,
    LOWER_IS_BETTER_RATIO,
    LOWER_IS_BETTER_DEDUCTION,
    QUALITATIVE_TIER,
    DEADLINE_MET,
    NOT_APPLICABLE,
    /** A row the rules could not decide, decided by the finance reviewer. */
    ADJUDICATED,
    /** The rules cannot decide: the department's own score is kept, unverified, until the finance reviewer decides. */
    NOT_SCORABLE
}
