package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;

import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.result.BudgetResult;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.scheme.BudgetDenominator;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.text.Text;

/** Scores the budget block: min(rate, 1) × weight, the rate over the denominator the scheme names. */
final class BudgetScorer {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetScorer() {
    }

    static BudgetResult score(ScoringScheme scheme, Level1Blocks.Block block, Budget budget, BigDecimal selfScore,
                              Findings findings) {
        String name = block == null ? "" : block.definition().name();
        BigDecimal weight = block == null ? BigDecimal.ZERO : block.weight();
        BigDecimal zero = scheme.rounding().apply(BigDecimal.ZERO);
        if (budget == null) {
            findings.add(FindingCode.BUDGET_MISSING, "/budget", Places.BUDGET);
            return result(name, null, false, null, null, weight, zero, selfScore, scheme);
        }
        boolean valid = nonNegative(budget.initial(), "/budget/initial", Places.BUDGET_INITIAL, findings)
                & nonNegative(budget.adjusted(), "/budget/adjusted", Places.BUDGET_ADJUSTED, findings)
                & nonNegative(budget.executed(), "/budget/executed", Places.BUDGET_EXECUTED, findings);
        boolean adjustedUsed = scheme.budget().denominator() == BudgetDenominator.ADJUSTED_OR_INITIAL
                && budget.adjusted() != null;
        BigDecimal denominator = adjustedUsed ? budget.adjusted() : budget.initial();
        if (denominator == null) {
            findings.add(FindingCode.BUDGET_AMOUNT_MISSING, "/budget/initial", Places.BUDGET_INITIAL);
            valid = false;
        }
        if (budget.executed() == null) {
            findings.add(FindingCode.BUDGET_AMOUNT_MISSING, "/budget/executed", Places.BUDGET_EXECUTED);
            valid = false;
        }
        if (valid && denominator.signum() == 0) {
            findings.add(FindingCode.BUDGET_DENOMINATOR_ZERO, adjustedUsed ? "/budget/adjusted" : "/budget/initial",
                    adjustedUsed ? Places.BUDGET_ADJUSTED : Places.BUDGET_INITIAL);
            valid = false;
        }
        if (!valid) {
            return result(name, denominator, adjustedUsed, budget.executed(), null, weight, zero, selfScore, scheme);
        }
        BigDecimal rate = budget.executed().divide(denominator, MC);
        BigDecimal percent = scheme.rounding().apply(rate.multiply(HUNDRED));
        BigDecimal score = scheme.rounding().apply(rate.min(BigDecimal.ONE).multiply(weight));
        if (rate.compareTo(BigDecimal.ONE) > 0) {
            findings.add(FindingCode.BUDGET_OVER_EXECUTED, "/budget/executed", Places.BUDGET_EXECUTED, percent, weight);
        }
        BigDecimal explainBelow = scheme.budget().explainRateBelow();
        if (explainBelow != null && rate.compareTo(explainBelow) < 0) {
            findings.add(FindingCode.BUDGET_RATE_NEEDS_EXPLANATION, "/budget/executed", Places.BUDGET_EXECUTED, percent,
                    explainBelow.multiply(HUNDRED).stripTrailingZeros());
        }
        return result(name, denominator, adjustedUsed, budget.executed(), percent, weight, score, selfScore, scheme);
    }

    private static boolean nonNegative(BigDecimal amount, String pointer, Text place, Findings findings) {
        if (amount != null && amount.signum() < 0) {
            findings.add(FindingCode.BUDGET_AMOUNT_NEGATIVE, pointer, place, amount);
            return false;
        }
        return true;
    }

    private static BudgetResult result(String name, BigDecimal denominator, boolean adjustedUsed, BigDecimal executed,
                                       BigDecimal rate, BigDecimal weight, BigDecimal score, BigDecimal selfScore,
                                       ScoringScheme scheme) {
        BigDecimal difference = selfScore == null ? null : scheme.rounding().apply(selfScore).subtract(score);
        return new BudgetResult(name, denominator, adjustedUsed, executed, rate, weight, score, selfScore, difference);
    }
}
