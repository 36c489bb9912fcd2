package org.perfeval.core.evaluation;

/**
 * The sizes of the columns a form is stored in, used both by the entity mappings and by the check that refuses a
 * form that would not fit, so the two cannot drift apart (a test compares them with the migrated schema too).
 */
final class ColumnLimits {

    static final int PROJECT = 200;
    static final int SCHEME = 64;
    static final int ANNUAL_GOAL = 4000;
    static final int GOAL_COMPLETION = 1000;
    static final int TASK_NAME = 200;
    static final int TASK_CONTENT = 2000;
    static final int TASK_COMPLETION = 1000;
    static final int LEVEL1 = 100;
    static final int LEVEL2 = 100;
    static final int LEVEL3 = 200;
    static final int TARGET = 200;
    static final int UNIT = 50;
    static final int ACTUAL = 200;
    static final int DEVIATION_REASON = 4000;
    static final int REPORT_SECTION = 200_000;

    /** DECIMAL(20, 4): amounts. */
    static final int AMOUNT_INTEGER_DIGITS = 16;
    /** DECIMAL(9, 4): weights and scores. */
    static final int SCORE_INTEGER_DIGITS = 5;
    static final int DECIMALS = 4;

    static final int MAX_TASKS = 200;
    static final int MAX_INDICATORS = 500;
    static final int MAX_LEVEL1 = 20;

    private ColumnLimits() {
    }
}
