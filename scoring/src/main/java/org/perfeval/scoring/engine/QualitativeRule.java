package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.Arithmetic;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.scheme.TierBand;
import org.perfeval.scoring.scheme.Wording;

/** 定性指标: the tier, given, read from the actual or met by an actual equal to the target, and its band. */
final class QualitativeRule {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final ScoringScheme scheme;
    private final Wording wording;
    private final Findings findings;

    QualitativeRule(ScoringScheme scheme, Findings findings) {
        this.scheme = scheme;
        this.wording = scheme.wording();
        this.findings = findings;
    }

    /** Whether the unit column marks the row qualitative (定性指标, 定性 …, as the scheme lists them). */
    boolean isQualitative(String unit) {
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

    Scored score(ScoringRow r) {
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
                r.missingActual(findings);
                return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_MISSING);
            }
            tier = tierWritten(actual);
        }
        if (tier == null) {
            findings.add(FindingCode.TIER_MISSING, r.pointer + "/tier", r.place(), row.actual(), row.target());
            return Scored.notScorable(r.weight, UnscorableReason.TIER_MISSING);
        }
        // the department's score kept inside the tier's band; without one, the weight or the band's floor (kept in
        // this method: its size keeps the JIT from inlining the whole rule into the row scorer, see QuantitativeRule)
        TierBand band = scheme.band(tier);
        Arithmetic arithmetic = Scored.qualitative(r.weight, tier, band, scheme.rounding());
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
        return new Scored(RowRule.QUALITATIVE_TIER, Scored.clamp(scheme.rounding().apply(self), arithmetic.tierLow(),
                arithmetic.tierHigh()), arithmetic);
    }

    /** A row whose actual is a tier label is qualitative whatever its unit says; said as a note. */
    boolean writesTier(ScoringRow r) {
        if (r.row.direction() != null || r.row.actual() == null
                || tierWritten(QuantityParser.normalize(r.row.actual())) == null) {
            return false;
        }
        findings.add(FindingCode.DIRECTION_INFERRED_FROM_ACTUAL, r.pointer, r.place(), Direction.QUALITATIVE,
                r.row.actual());
        return true;
    }

    /**
     * A word target whose actual says the same ("显著提升" against "显著提升", "合格" against "合格") is a qualitative
     * row, achieved, whatever its unit says; said as a note.
     */
    boolean echoesTarget(ScoringRow r) {
        String actual = r.row.actual();
        if (r.row.direction() != null || actual == null || actual.isBlank()
                || !QuantityParser.normalize(actual).equals(QuantityParser.normalize(r.row.target()))) {
            return false;
        }
        findings.add(FindingCode.DIRECTION_INFERRED_FROM_ACTUAL, r.pointer, r.place(), Direction.QUALITATIVE, actual);
        return true;
    }

    /** The tier a form wrote as the actual ("达成预期指标", "部分达成", "未达成" …); the longer labels first. */
    private Tier tierWritten(String actual) {
        if (containsAny(actual, wording.notAchievedWords())) {
            return Tier.NOT_ACHIEVED;
        }
        if (containsAny(actual, wording.partialWords())) {
            return Tier.PARTIAL;
        }
        return containsAny(actual, wording.achievedWords()) ? Tier.ACHIEVED : null;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
