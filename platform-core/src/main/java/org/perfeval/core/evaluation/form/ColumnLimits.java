package org.perfeval.core.evaluation.form;

/**
 * The sizes of the columns a form is stored in, used both by the entity mappings and by the check that refuses a
 * form that would not fit, so the two cannot drift apart (a test compares them with the migrated schema too).
 */
public final class ColumnLimits {

    public static final int PROJECT = 200;
    public static final int SCHEME = 64;
    public static final int ANNUAL_GOAL = 4000;
    public static final int GOAL_COMPLETION = 1000;
    public static final int TASK_NAME = 200;
    public static final int TASK_CONTENT = 2000;
    public static final int TASK_COMPLETION = 1000;
    public static final int LEVEL1 = 100;
    public static final int LEVEL2 = 100;
    public static final int LEVEL3 = 200;
    public static final int TARGET = 200;
    public static final int UNIT = 50;
    public static final int ACTUAL = 200;
    public static final int DEVIATION_REASON = 4000;
    public static final int REPORT_SECTION = 200_000;

    /** DECIMAL(20, 4): amounts. */
    public static final int AMOUNT_INTEGER_DIGITS = 16;
    /** DECIMAL(9, 4): weights and scores. */
    public static final int SCORE_INTEGER_DIGITS = 5;
    public static final int DECIMALS = 4;

    public static final int MAX_TASKS = 200;
    public static final int MAX_INDICATORS = 500;
    public static final int MAX_LEVEL1 = 20;

    private ColumnLimits() {
    }
}
