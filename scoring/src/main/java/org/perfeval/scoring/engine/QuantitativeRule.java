package org.perfeval.scoring.engine;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.MathContext;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.result.Comparison;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.scheme.LowerIsBetterFormula;
import org.perfeval.scoring.scheme.LowerIsBetterRule;
import org.perfeval.scoring.scheme.ScoringScheme;

/** 定量指标: a number against a target, higher or lower is better, met or in proportion (or by deduction). */
final class QuantitativeRule {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final Findings findings;
    private final QualitativeRule qualitative;
    private final BigDecimal overAchievementFactor;

    QuantitativeRule(ScoringScheme scheme, Findings findings, QualitativeRule qualitative) {
        this.scheme = scheme;
        this.findings = findings;
        this.qualitative = qualitative;
        this.overAchievementFactor = BigDecimal.ONE.add(scheme.overAchievementThreshold());
    }

    Scored score(ScoringRow r) {
        Indicator row = r.row;
        if (row.target() == null || row.target().isBlank()) {
            findings.add(FindingCode.TARGET_MISSING, r.pointer + "/target", r.place());
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_MISSING);
        }
        Quantity target = QuantityParser.parse(row.target());
        if (target == null && (qualitative.writesTier(r) || qualitative.echoesTarget(r))) {
            return qualitative.score(r);
        }
        if (target == null) {
            findings.add(FindingCode.TARGET_UNREADABLE, r.pointer + "/target", r.place(), row.target(),
                    Indicator.QUALITATIVE_UNIT);
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_UNREADABLE);
        }
        if (row.actual() == null || row.actual().isBlank()) {
            r.missingActual(findings);
            return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_MISSING);
        }
        Quantity actual = actual(r);
        if (actual == null) {
            return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_UNREADABLE);
        }
        checkUnits(r, target, actual);
        Comparison comparison = target.comparison();
        if (comparison == Comparison.NONE || comparison == Comparison.EQUAL) {
            comparison = unprinted(r, comparison);
        }
        BigDecimal t = target.value();
        BigDecimal a = actual.value();
        if (comparison.higherIsBetter()) {
            return higherIsBetter(r, comparison, t, a);
        }
        // lower is better, kept in this method: its size keeps the JIT from inlining the whole rule into the row
        // scorer, where the inlining budget ran out and a seed report cost 10-15 % more (JMH, CPU time, same machine)
        boolean met = a.signum() == 0
                || (comparison == Comparison.LESS_THAN ? a.compareTo(t) < 0 : a.compareTo(t) <= 0);
        if (met) {
            return new Scored(RowRule.LOWER_IS_BETTER_MET, r.weight,
                    Scored.quantitative(comparison, t, a, r.weight, r.weight));
        }
        LowerIsBetterRule rule = scheme.lowerIsBetter();
        if (rule.formula() == LowerIsBetterFormula.DEDUCTION) {
            BigDecimal perPoint = rule.deductionPerPoint();
            BigDecimal unrounded = r.weight.subtract(perPoint.multiply(a.subtract(t))).max(rule.floor());
            return new Scored(RowRule.LOWER_IS_BETTER_DEDUCTION, unrounded,
                    Scored.deduction(t, a, r.weight, unrounded, perPoint));
        }
        BigDecimal unrounded = a.signum() <= 0 || t.signum() < 0 ? ZERO : r.weight.multiply(t).divide(a, MC);
        return new Scored(RowRule.LOWER_IS_BETTER_RATIO, unrounded,
                Scored.quantitative(comparison, t, a, r.weight, unrounded));
    }

    /**
     * The comparison of a target printed without one: the row's 指标性质 when given, else lower-is-better when its
     * name holds one of the scheme's words (said as a note), else higher-is-better as the rules read a bare number.
     */
    private Comparison unprinted(ScoringRow r, Comparison printed) {
        Direction direction = r.row.direction();
        if (direction == Direction.LOWER) {
            return Comparison.AT_MOST;
        }
        if (direction == Direction.HIGHER || r.row.level3() == null) {
            return printed;
        }
        for (String word : scheme.wording().lowerIsBetterNames()) {
            if (r.row.level3().contains(word)) {
                findings.add(FindingCode.DIRECTION_INFERRED_FROM_NAME, r.pointer, r.place(), Direction.LOWER, word);
                return Comparison.AT_MOST;
            }
        }
        return printed;
    }

    private Scored higherIsBetter(ScoringRow r, Comparison comparison, BigDecimal t, BigDecimal a) {
        boolean met = comparison == Comparison.MORE_THAN ? a.compareTo(t) > 0 : a.compareTo(t) >= 0;
        if (t.signum() > 0 && a.compareTo(t.multiply(overAchievementFactor)) > 0) {
            BigDecimal percentAbove = a.subtract(t).multiply(HUNDRED).divide(t, MC);
            findings.add(FindingCode.TARGET_POSSIBLY_TOO_LOW, r.pointer + "/target", r.place(), a, t,
                    scheme.rounding().apply(percentAbove));
        }
        if (met) {
            return new Scored(RowRule.HIGHER_IS_BETTER_MET, r.weight,
                    Scored.quantitative(comparison, t, a, r.weight, r.weight));
        }
        BigDecimal unrounded = t.signum() <= 0 || a.signum() <= 0 ? ZERO : r.weight.multiply(a).divide(t, MC);
        return new Scored(RowRule.HIGHER_IS_BETTER_PROPORTIONAL, unrounded,
                Scored.quantitative(comparison, t, a, r.weight, unrounded));
    }

    /** The actual given as a number, or null after recording that it cannot be read. */
    private Quantity actual(ScoringRow r) {
        String text = r.row.actual();
        Quantity actual = QuantityParser.parse(text);
        if (actual == null) {
            findings.add(FindingCode.ACTUAL_UNREADABLE, r.pointer + "/actual", r.place(), text);
            return null;
        }
        if (actual.hasComparison()) {
            findings.add(FindingCode.ACTUAL_IS_INEQUALITY, r.pointer + "/actual", r.place(), text, actual.value());
        }
        return actual;
    }

    private void checkUnits(ScoringRow r, Quantity target, Quantity actual) {
        String column = r.row.unit() == null ? "" : QuantityParser.normalize(r.row.unit());
        String expected = !target.unit().isEmpty() ? target.unit() : column;
        if (!target.unit().isEmpty() && !column.isEmpty() && !target.unit().equals(column)) {
            findings.add(FindingCode.UNIT_MISMATCH, r.pointer + "/target", r.place(), r.row.target(), column);
        } else if (!actual.unit().isEmpty() && !expected.isEmpty() && !actual.unit().equals(expected)) {
            findings.add(FindingCode.UNIT_MISMATCH, r.pointer + "/actual", r.place(), r.row.actual(), expected);
        }
    }
}
