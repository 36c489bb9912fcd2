package org.perfeval.scoring.engine;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Tier;

/**
 * One 三级指标 row recomputed: the rule applied and its arithmetic, the computed score beside the department's own
 * (difference = self − computed, null without a self score).
 */
public record RowResult(int index, String level1, String level2, String level3, RowRule rule, BigDecimal weight,
                        BigDecimal score, BigDecimal selfScore, BigDecimal difference, Arithmetic arithmetic) {

    public String pointer() {
        return "/indicators/" + index;
    }

    public boolean applicable() {
        return rule != RowRule.NOT_APPLICABLE;
    }

    /** Whether the row misses its target (and so needs a deviation reason). */
    public boolean missed() {
        return switch (rule) {
            case HIGHER_IS_BETTER_PROPORTIONAL, LOWER_IS_BETTER_RATIO, LOWER_IS_BETTER_DEDUCTION -> true;
            case QUALITATIVE_TIER -> arithmetic.tier() != Tier.ACHIEVED;
            default -> false;
        };
    }

    public Message explanation() {
        return Explanations.of(this);
    }
}
