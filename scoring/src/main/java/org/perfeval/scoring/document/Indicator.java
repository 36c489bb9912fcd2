package org.perfeval.scoring.document;

import java.math.BigDecimal;

/**
 * One 三级指标 row. Target and actual are kept exactly as written on the form; reading them is the scorer's job.
 * {@code notApplicable} is PerfEval's addition to format v1: such a row is left out and the total re-based;
 * {@code direction} (指标性质, optional) too: null lets the scorer infer it from the target, unit and name.
 */
public record Indicator(String level1, String level2, String level3, String target, String unit, String actual,
                        BigDecimal weight, BigDecimal selfScore, Tier tier, String deviationReason,
                        boolean notApplicable, Direction direction) {

    /** A row without a 指标性质: the scorer infers it. */
    public Indicator(String level1, String level2, String level3, String target, String unit, String actual,
                     BigDecimal weight, BigDecimal selfScore, Tier tier, String deviationReason,
                     boolean notApplicable) {
        this(level1, level2, level3, target, unit, actual, weight, selfScore, tier, deviationReason, notApplicable,
                null);
    }

    public static final String QUALITATIVE_UNIT = "定性指标";
}
