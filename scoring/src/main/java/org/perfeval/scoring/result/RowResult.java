package org.perfeval.scoring.result;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.text.Text;

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

    /** Whether the rules could not decide the row: its score is the department's own, until the reviewer decides. */
    public boolean unverified() {
        return rule == RowRule.NOT_SCORABLE;
    }

    /** Whether the finance reviewer decided the row's score. */
    public boolean adjudicated() {
        return rule == RowRule.ADJUDICATED;
    }

    /** Whether the row misses its target (and so needs a deviation reason). */
    public boolean missed() {
        return switch (rule) {
            case HIGHER_IS_BETTER_PROPORTIONAL, LOWER_IS_BETTER_RATIO, LOWER_IS_BETTER_DEDUCTION -> true;
            case QUALITATIVE_TIER -> arithmetic.tier() != Tier.ACHIEVED;
            default -> false;
        };
    }

    /**
     * The arithmetic behind the score as people read it, {@code rule.<RULE>}; made when asked, not while scoring.
     * Every rule's pattern gets the same values, so a translator sees one list: {0} actual, {1} comparison symbol,
     * {2} target (or limit), {3} weight, {4} score, {5} deduction per point, {6} tier, {7} and {8} the tier's
     * range, {9} why the row could not be scored.
     */
    public Text explanation() {
        Arithmetic a = arithmetic;
        return Text.of("rule." + rule.name(), a.actual(), symbol(a.comparison()), a.target(), a.weight(), score,
                a.deductionPerPoint(), a.tier(), a.tierLow(), a.tierHigh(), a.reason());
    }

    /** A bare number or "=" as target reads as "at least" on the forms. */
    private static String symbol(Comparison comparison) {
        if (comparison == null) {
            return null;
        }
        return switch (comparison) {
            case NONE, EQUAL -> "≥";
            default -> comparison.symbol();
        };
    }
}
