package org.perfeval.scoring.engine;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.Adjudication;
import org.perfeval.scoring.result.Arithmetic;
import org.perfeval.scoring.result.Comparison;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.scheme.LowerIsBetterFormula;
import org.perfeval.scoring.scheme.Rounding;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.scheme.TierBand;
import org.perfeval.scoring.text.Text;

/** Scores one 三级指标 row under a scheme and records what is wrong with it. */
final class RowScorer {

    private static final MathContext MC = MathContext.DECIMAL64;
    /** Row pointers for typical forms, made once: a finding's pointer should not cost a string per row. */
    private static final String[] POINTERS = new String[200];

    static {
        for (int i = 0; i < POINTERS.length; i++) {
            POINTERS[i] = "/indicators/" + i;
        }
    }
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;
    private final Rounding rounding;
    private final Findings findings;
    private final BigDecimal overAchievementFactor;
    private final BigDecimal zero;
    private final Row cursor = new Row();
    private final List<Adjudication> decided;

    RowScorer(ScoringScheme scheme, Findings findings) {
        this(scheme, findings, List.of());
    }

    RowScorer(ScoringScheme scheme, Findings findings, List<Adjudication> decided) {
        this.decided = decided;
        this.scheme = scheme;
        this.rounding = scheme.rounding();
        this.findings = findings;
        this.overAchievementFactor = BigDecimal.ONE.add(scheme.overAchievementThreshold());
        this.zero = rounding.apply(ZERO);
    }

    RowResult score(int index, Indicator row) {
        Row r = cursor.at(index, row, weightOf(index, row));
        checkSelfScoreBounds(r);
        Scored scored = byKind(r);
        BigDecimal weight = rounding.apply(r.weight);
        // a met row earns exactly its weight; only a computed score needs rounding and bounds
        BigDecimal score = scored.unrounded == r.weight ? weight : clamp(rounding.apply(scored.unrounded), ZERO, weight);
        if (scored.rule == RowRule.NOT_SCORABLE) {
            scored = undecided(r, scored, weight);
            score = scored.unrounded;
        }
        BigDecimal difference = difference(row.selfScore(), score);
        RowResult result = new RowResult(index, row.level1(), row.level2(), row.level3(), scored.rule, weight, score,
                row.selfScore(), difference, scored.arithmetic);
        if (difference != null && difference.signum() != 0 && scored.rule != RowRule.NOT_SCORABLE
                && scored.rule != RowRule.NOT_APPLICABLE && scored.rule != RowRule.ADJUDICATED) {
            findings.add(FindingCode.SELF_SCORE_DIFFERS, r.pointer, r.place(), row.selfScore(), score, result);
        }
        if (result.missed() && (row.deviationReason() == null || row.deviationReason().isBlank())) {
            findings.add(FindingCode.DEVIATION_REASON_MISSING, r.pointer + "/deviationReason", r.place());
        }
        return result;
    }

    private Scored byKind(Row r) {
        Indicator row = r.row;
        if (row.notApplicable()) {
            return new Scored(RowRule.NOT_APPLICABLE, ZERO, unscorable(r.weight, null));
        }
        Direction direction = row.direction();
        if (direction == Direction.QUALITATIVE || (direction == null && isQualitative(row.unit()))) {
            return qualitative(r);
        }
        if (direction == Direction.DEADLINE || (direction == null && row.target() != null
                && Deadline.mayBe(row.target()) && isDeadline(r))) {
            return deadline(r);
        }
        return quantitative(r);
    }

    /** A row the rules cannot decide: the reviewer's decision when there is one, else the department's score. */
    private Scored undecided(Row r, Scored scored, BigDecimal weight) {
        Adjudication decision = decisionOn(r.index);
        if (decision == null) {
            return new Scored(RowRule.NOT_SCORABLE, kept(r, scored, weight), scored.arithmetic);
        }
        BigDecimal score = clamp(rounding.apply(decision.score()), ZERO, weight);
        findings.add(FindingCode.ROW_ADJUDICATED, r.pointer, r.place(), score, weight, decision.reason());
        return new Scored(RowRule.ADJUDICATED, score, scored.arithmetic);
    }

    private BigDecimal difference(BigDecimal self, BigDecimal score) {
        if (self == null) {
            return null;
        }
        BigDecimal rounded = rounding.apply(self);
        return rounded.compareTo(score) == 0 ? zero : rounded.subtract(score);
    }

    private BigDecimal weightOf(int index, Indicator row) {
        if (row.weight() == null) {
            findings.add(FindingCode.WEIGHT_MISSING, "/indicators/" + index + "/weight",
                    Places.row(index, row.level3()));
            return ZERO;
        }
        if (row.weight().signum() < 0) {
            findings.add(FindingCode.WEIGHT_NEGATIVE, "/indicators/" + index + "/weight",
                    Places.row(index, row.level3()), row.weight());
            return ZERO;
        }
        return row.weight();
    }

    private void checkSelfScoreBounds(Row r) {
        BigDecimal self = r.row.selfScore();
        if (self == null) {
            return;
        }
        if (self.signum() < 0) {
            findings.add(FindingCode.SELF_SCORE_NEGATIVE, r.pointer + "/selfScore", r.place(), self);
        } else if (self.compareTo(r.weight) > 0) {
            findings.add(FindingCode.SELF_SCORE_ABOVE_WEIGHT, r.pointer + "/selfScore", r.place(), self, r.weight);
        }
    }

    private boolean isQualitative(String unit) {
        if (unit == null) {
            return false;
        }
        if (scheme.qualitativeUnits().contains(unit)) {
            return true;
        }
        String normalized = QuantityParser.normalize(unit);
        if (normalized == unit) {
            return false;
        }
        for (String qualitative : scheme.qualitativeUnits()) {
            if (qualitative.equals(normalized)) {
                return true;
            }
        }
        return false;
    }

    private Scored quantitative(Row r) {
        Indicator row = r.row;
        if (row.target() == null || row.target().isBlank()) {
            findings.add(FindingCode.TARGET_MISSING, r.pointer + "/target", r.place());
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_MISSING);
        }
        Quantity target = QuantityParser.parse(row.target());
        if (target == null && writesTier(r)) {
            return qualitative(r);
        }
        if (target == null) {
            findings.add(FindingCode.TARGET_UNREADABLE, r.pointer + "/target", r.place(), row.target(),
                    Indicator.QUALITATIVE_UNIT);
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_UNREADABLE);
        }
        if (row.actual() == null || row.actual().isBlank()) {
            missingActual(r);
            return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_MISSING);
        }
        Quantity actual = actual(r);
        if (actual == null) {
            return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_UNREADABLE);
        }
        checkUnits(r, target, actual);
        BigDecimal t = target.value();
        BigDecimal a = actual.value();
        Comparison comparison = target.comparison();
        if (comparison == Comparison.NONE || comparison == Comparison.EQUAL) {
            comparison = unprinted(r, comparison);
        }
        if (comparison.higherIsBetter()) {
            return higherIsBetter(r, comparison, t, a);
        }
        boolean met = a.signum() == 0 || (comparison == Comparison.LESS_THAN ? a.compareTo(t) < 0 : a.compareTo(t) <= 0);
        if (met) {
            return new Scored(RowRule.LOWER_IS_BETTER_MET, r.weight,
                    quantitative(comparison, t, a, r.weight, r.weight));
        }
        if (scheme.lowerIsBetter().formula() == LowerIsBetterFormula.DEDUCTION) {
            BigDecimal perPoint = scheme.lowerIsBetter().deductionPerPoint();
            BigDecimal unrounded = r.weight.subtract(perPoint.multiply(a.subtract(t)))
                    .max(scheme.lowerIsBetter().floor());
            return new Scored(RowRule.LOWER_IS_BETTER_DEDUCTION, unrounded,
                    deduction(t, a, r.weight, unrounded, perPoint));
        }
        BigDecimal unrounded = a.signum() <= 0 || t.signum() < 0 ? ZERO : r.weight.multiply(t).divide(a, MC);
        return new Scored(RowRule.LOWER_IS_BETTER_RATIO, unrounded,
                quantitative(comparison, t, a, r.weight, unrounded));
    }

    /**
     * The comparison of a target printed without one: the row's 指标性质 when given, else lower-is-better when its
     * name holds one of the scheme's words (said as a note), else higher-is-better as the rules read a bare number.
     */
    private Comparison unprinted(Row r, Comparison printed) {
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

    private Adjudication decisionOn(int index) {
        for (Adjudication decision : decided) {
            if (decision.index() == index && decision.score() != null) {
                return decision;
            }
        }
        return null;
    }

    /** The department's own score, within the weight, for a row the rules cannot decide: kept, and said so. */
    private BigDecimal kept(Row r, Scored scored, BigDecimal weight) {
        BigDecimal self = r.row.selfScore();
        BigDecimal kept = self == null ? zero : clamp(rounding.apply(self), ZERO, weight);
        findings.add(FindingCode.ROW_UNVERIFIED, r.pointer, r.place(), kept, weight, scored.arithmetic.reason());
        return kept;
    }

    private boolean isDeadline(Row r) {
        Quantity quantity = QuantityParser.parse(r.row.target());
        if (quantity != null && quantity.hasComparison()) {
            return false;
        }
        boolean deadline = Deadline.parse(r.row.target(), scheme.wording().onTimeWords()) != null;
        if (deadline) {
            findings.add(FindingCode.DIRECTION_INFERRED_FROM_TARGET, r.pointer, r.place(), Direction.DEADLINE,
                    r.row.target());
        }
        return deadline;
    }

    /** 时效指标: done on or before the date, within the period, or said to be on time meets it; else undecided. */
    private Scored deadline(Row r) {
        Indicator row = r.row;
        if (row.target() == null || row.target().isBlank()) {
            findings.add(FindingCode.TARGET_MISSING, r.pointer + "/target", r.place());
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_MISSING);
        }
        if (row.actual() == null || row.actual().isBlank()) {
            missingActual(r);
            return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_MISSING);
        }
        if (QuantityParser.normalize(row.actual()).equals(QuantityParser.normalize(row.target()))) {
            return new Scored(RowRule.DEADLINE_MET, r.weight, unscorable(r.weight, null));
        }
        List<String> onTime = scheme.wording().onTimeWords();
        Deadline actual = Deadline.parse(row.actual(), onTime);
        if (actual == null && writesTier(r)) {
            return qualitative(r);
        }
        Deadline target = Deadline.parse(row.target(), onTime);
        if (target == null) {
            findings.add(FindingCode.TARGET_UNREADABLE, r.pointer + "/target", r.place(), row.target(),
                    Indicator.QUALITATIVE_UNIT);
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_UNREADABLE);
        }
        if (actual == null && target.kind() == Deadline.Kind.WITHIN) {
            Quantity number = QuantityParser.parse(row.actual());
            actual = number == null || !number.unit().isEmpty() ? null
                    : new Deadline(Deadline.Kind.WITHIN, 0, 0, 0, number.value().intValue(), target.period());
        }
        Boolean met = actual == null ? null : target.metBy(actual);
        if (Boolean.TRUE.equals(met)) {
            return new Scored(RowRule.DEADLINE_MET, r.weight, unscorable(r.weight, null));
        }
        if (met == null) {
            findings.add(FindingCode.DEADLINE_UNDECIDED, r.pointer + "/actual", r.place(), row.actual(),
                    row.target());
            return Scored.notScorable(r.weight, UnscorableReason.DEADLINE_UNDECIDED);
        }
        findings.add(FindingCode.DEADLINE_MISSED, r.pointer + "/actual", r.place(), row.actual(), row.target());
        return Scored.notScorable(r.weight, UnscorableReason.DEADLINE_MISSED);
    }

    private Scored higherIsBetter(Row r, Comparison comparison, BigDecimal t, BigDecimal a) {
        boolean met = comparison == Comparison.MORE_THAN ? a.compareTo(t) > 0 : a.compareTo(t) >= 0;
        if (t.signum() > 0 && a.compareTo(t.multiply(overAchievementFactor)) > 0) {
            BigDecimal percentAbove = a.subtract(t).multiply(HUNDRED).divide(t, MC);
            findings.add(FindingCode.TARGET_POSSIBLY_TOO_LOW, r.pointer + "/target", r.place(), a, t,
                    rounding.apply(percentAbove));
        }
        if (met) {
            return new Scored(RowRule.HIGHER_IS_BETTER_MET, r.weight,
                    quantitative(comparison, t, a, r.weight, r.weight));
        }
        BigDecimal unrounded = t.signum() <= 0 || a.signum() <= 0 ? ZERO : r.weight.multiply(a).divide(t, MC);
        return new Scored(RowRule.HIGHER_IS_BETTER_PROPORTIONAL, unrounded,
                quantitative(comparison, t, a, r.weight, unrounded));
    }

    /** The actual given as a number, or null after recording that it cannot be read. */
    private Quantity actual(Row r) {
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

    private void missingActual(Row r) {
        if (r.row.selfScore() != null && r.row.selfScore().signum() > 0) {
            findings.add(FindingCode.ACTUAL_MISSING, r.pointer + "/actual", r.place(), r.row.selfScore());
        } else {
            findings.add(FindingCode.ACTUAL_NOT_GIVEN, r.pointer + "/actual", r.place());
        }
    }

    private void checkUnits(Row r, Quantity target, Quantity actual) {
        String column = r.row.unit() == null ? "" : QuantityParser.normalize(r.row.unit());
        String expected = !target.unit().isEmpty() ? target.unit() : column;
        if (!target.unit().isEmpty() && !column.isEmpty() && !target.unit().equals(column)) {
            findings.add(FindingCode.UNIT_MISMATCH, r.pointer + "/target", r.place(), r.row.target(), column);
        } else if (!actual.unit().isEmpty() && !expected.isEmpty() && !actual.unit().equals(expected)) {
            findings.add(FindingCode.UNIT_MISMATCH, r.pointer + "/actual", r.place(), r.row.actual(), expected);
        }
    }

    private Scored qualitative(Row r) {
        Indicator row = r.row;
        boolean same = row.actual() != null && !row.actual().isEmpty() && row.actual().equals(row.target());
        String actual = same || row.actual() == null ? "" : QuantityParser.normalize(row.actual());
        Tier tier = row.tier();
        if (same || (!actual.isEmpty() && row.target() != null
                && actual.equals(QuantityParser.normalize(row.target())))) {
            if (tier != null && tier != Tier.ACHIEVED) {
                findings.add(FindingCode.TIER_CONTRADICTS_ACTUAL, r.pointer + "/tier", r.place(), Tier.ACHIEVED, tier);
            }
            tier = Tier.ACHIEVED;
        } else if (tier == null) {
            if (actual.isEmpty()) {
                missingActual(r);
                return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_MISSING);
            }
            tier = tierWritten(actual);
        }
        if (tier == null) {
            findings.add(FindingCode.TIER_MISSING, r.pointer + "/tier", r.place(), row.actual(), row.target());
            return Scored.notScorable(r.weight, UnscorableReason.TIER_MISSING);
        }
        TierBand band = scheme.band(tier);
        Arithmetic arithmetic = qualitative(r.weight, tier, band, rounding);
        BigDecimal self = row.selfScore();
        if (self == null) {
            return new Scored(RowRule.QUALITATIVE_TIER, tier == Tier.ACHIEVED ? r.weight : arithmetic.tierLow(),
                    arithmetic);
        }
        // the common case, full marks for an achieved row, needs no arithmetic on the tier's bounds
        if (band.isTop() && self.compareTo(r.weight) == 0) {
            return new Scored(RowRule.QUALITATIVE_TIER, self, arithmetic);
        }
        if (r.weight.signum() > 0 && self.signum() >= 0 && !band.contains(self.divide(r.weight, MC))) {
            findings.add(FindingCode.SELF_SCORE_OUTSIDE_TIER, r.pointer + "/selfScore", r.place(), self, tier,
                    arithmetic.tierLow(), arithmetic.tierHigh());
        }
        return new Scored(RowRule.QUALITATIVE_TIER, clamp(rounding.apply(self), arithmetic.tierLow(),
                arithmetic.tierHigh()), arithmetic);
    }

    /** A row whose actual is a tier label is qualitative whatever its unit says; said as a note. */
    private boolean writesTier(Row r) {
        if (r.row.direction() != null || r.row.actual() == null
                || tierWritten(QuantityParser.normalize(r.row.actual())) == null) {
            return false;
        }
        findings.add(FindingCode.DIRECTION_INFERRED_FROM_ACTUAL, r.pointer, r.place(), Direction.QUALITATIVE,
                r.row.actual());
        return true;
    }

    /** The tier a form wrote as the actual ("达成预期指标", "部分达成", "未达成" …); the longer labels first. */
    private Tier tierWritten(String actual) {
        if (containsAny(actual, scheme.wording().notAchievedWords())) {
            return Tier.NOT_ACHIEVED;
        }
        if (containsAny(actual, scheme.wording().partialWords())) {
            return Tier.PARTIAL;
        }
        return containsAny(actual, scheme.wording().achievedWords()) ? Tier.ACHIEVED : null;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // The arithmetic of each kind of row; the record itself is a public result, how it is filled is the scorer's.

    private static Arithmetic quantitative(Comparison comparison, BigDecimal target, BigDecimal actual,
                                           BigDecimal weight, BigDecimal unrounded) {
        return new Arithmetic(comparison, target, actual, weight, unrounded, null, null, null, null, null);
    }

    private static Arithmetic deduction(BigDecimal target, BigDecimal actual, BigDecimal weight,
                                        BigDecimal unrounded, BigDecimal perPoint) {
        return new Arithmetic(Comparison.AT_MOST, target, actual, weight, unrounded, perPoint, null, null, null, null);
    }

    private static Arithmetic qualitative(BigDecimal weight, Tier tier, TierBand band, Rounding rounding) {
        return new Arithmetic(null, null, null, weight, null, null, tier, band, rounding, null);
    }

    private static Arithmetic unscorable(BigDecimal weight, UnscorableReason reason) {
        return new Arithmetic(null, null, null, weight, null, null, null, null, null, reason);
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.max(low).min(high);
    }

    /** The row being scored, with its effective weight and where it is; one per scorer, moved from row to row. */
    private static final class Row {
        Indicator row;
        BigDecimal weight;
        int index;
        String pointer;
        private Text place;

        Row at(int index, Indicator indicator, BigDecimal effectiveWeight) {
            this.row = indicator;
            this.weight = effectiveWeight;
            this.index = index;
            this.pointer = index < POINTERS.length ? POINTERS[index] : "/indicators/" + index;
            this.place = null;
            return this;
        }

        /** Made for the row's first finding only: most rows have none. */
        Text place() {
            if (place == null) {
                place = Places.row(index, row.level3());
            }
            return place;
        }
    }

    private record Scored(RowRule rule, BigDecimal unrounded, Arithmetic arithmetic) {
        static Scored notScorable(BigDecimal weight, UnscorableReason reason) {
            return new Scored(RowRule.NOT_SCORABLE, ZERO, unscorable(weight, reason));
        }
    }
}
