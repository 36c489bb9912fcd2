package org.perfeval.scoring.engine;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.util.List;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.result.Adjudication;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.scheme.Rounding;
import org.perfeval.scoring.scheme.ScoringScheme;

/**
 * Scores one 三级指标 row under a scheme and records what is wrong with it: picks the rule for the kind of row
 * ({@link QualitativeRule}, {@link DeadlineRule}, {@link QuantitativeRule}), then rounds, bounds, keeps an undecided
 * row's own score and compares with the department's.
 */
final class RowScorer {

    private final Rounding rounding;
    private final Findings findings;
    private final BigDecimal zero;
    private final ScoringRow cursor = new ScoringRow();
    private final List<Adjudication> decided;
    private final QualitativeRule qualitative;
    private final DeadlineRule deadline;
    private final QuantitativeRule quantitative;

    RowScorer(ScoringScheme scheme, Findings findings) {
        this(scheme, findings, List.of());
    }

    RowScorer(ScoringScheme scheme, Findings findings, List<Adjudication> decided) {
        this.decided = decided;
        this.rounding = scheme.rounding();
        this.findings = findings;
        this.zero = rounding.apply(ZERO);
        this.qualitative = new QualitativeRule(scheme, findings);
        this.deadline = new DeadlineRule(scheme, findings, qualitative);
        this.quantitative = new QuantitativeRule(scheme, findings, qualitative);
    }

    RowResult score(int index, Indicator row) {
        ScoringRow r = cursor.at(index, row, weightOf(index, row));
        checkSelfScoreBounds(r);
        return finish(r, byKind(r));
    }

    /** Rounds, bounds and compares what the rule made of the row. */
    private RowResult finish(ScoringRow r, Scored rule) {
        Indicator row = r.row;
        Scored scored = rule;
        BigDecimal weight = rounding.apply(r.weight);
        // a met row earns exactly its weight; only a computed score needs rounding and bounds
        BigDecimal score = scored.unrounded() == r.weight ? weight
                : Scored.clamp(rounding.apply(scored.unrounded()), ZERO, weight);
        if (scored.rule() == RowRule.NOT_SCORABLE) {
            scored = undecided(r, scored, weight);
            score = scored.unrounded();
        }
        BigDecimal difference = difference(row.selfScore(), score);
        RowResult result = new RowResult(r.index, row.level1(), row.level2(), row.level3(), scored.rule(), weight,
                score, row.selfScore(), difference, scored.arithmetic());
        if (difference != null && difference.signum() != 0 && scored.rule() != RowRule.NOT_SCORABLE
                && scored.rule() != RowRule.NOT_APPLICABLE && scored.rule() != RowRule.ADJUDICATED) {
            findings.add(FindingCode.SELF_SCORE_DIFFERS, r.pointer, r.place(), row.selfScore(), score, result);
        }
        if (result.missed() && (row.deviationReason() == null || row.deviationReason().isBlank())) {
            findings.add(FindingCode.DEVIATION_REASON_MISSING, r.pointer + "/deviationReason", r.place());
        }
        return result;
    }

    private Scored byKind(ScoringRow r) {
        Indicator row = r.row;
        if (row.notApplicable()) {
            return new Scored(RowRule.NOT_APPLICABLE, ZERO, Scored.unscorable(r.weight, null));
        }
        Direction direction = row.direction();
        if (direction == Direction.QUALITATIVE || (direction == null && qualitative.isQualitative(row.unit()))) {
            return qualitative.score(r);
        }
        if (direction == Direction.DEADLINE || (direction == null && row.target() != null
                && Deadline.mayBe(row.target()) && deadline.isDeadline(r))) {
            return deadline.score(r);
        }
        return quantitative.score(r);
    }

    /** A row the rules cannot decide: the reviewer's decision when there is one, else the department's score. */
    private Scored undecided(ScoringRow r, Scored scored, BigDecimal weight) {
        Adjudication decision = decisionOn(r.index);
        if (decision == null) {
            return new Scored(RowRule.NOT_SCORABLE, kept(r, scored, weight), scored.arithmetic());
        }
        BigDecimal score = Scored.clamp(rounding.apply(decision.score()), ZERO, weight);
        findings.add(FindingCode.ROW_ADJUDICATED, r.pointer, r.place(), score, weight, decision.reason());
        return new Scored(RowRule.ADJUDICATED, score, scored.arithmetic());
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
    private BigDecimal kept(ScoringRow r, Scored scored, BigDecimal weight) {
        BigDecimal self = r.row.selfScore();
        BigDecimal kept = self == null ? zero : Scored.clamp(rounding.apply(self), ZERO, weight);
        findings.add(FindingCode.ROW_UNVERIFIED, r.pointer, r.place(), kept, weight, scored.arithmetic().reason());
        return kept;
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

    private void checkSelfScoreBounds(ScoringRow r) {
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
}
