package org.perfeval.scoring.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Tier;

/**
 * A rule set for scoring a self-evaluation form, as data: which 一级指标 with which weights, how the budget and
 * lower-is-better rows are scored, the qualitative tiers, rounding, grades and when an actual is suspiciously far
 * above its target. Every score names the id and version of the scheme that produced it.
 */
public record ScoringScheme(String id, int version, String nameZh, String nameEn, EvaluationKind kind,
                           BigDecimal total, List<Level1Definition> level1, BudgetRule budget,
                           LowerIsBetterRule lowerIsBetter, List<TierBand> tiers, Rounding rounding,
                           List<GradeBand> grades, BigDecimal overAchievementThreshold,
                           List<String> qualitativeUnits, Wording wording) {

    /** A scheme with the wording every province's forms use ({@link Wording#DEFAULT}). */
    public ScoringScheme(String id, int version, String nameZh, String nameEn, EvaluationKind kind,
                         BigDecimal total, List<Level1Definition> level1, BudgetRule budget,
                         LowerIsBetterRule lowerIsBetter, List<TierBand> tiers, Rounding rounding,
                         List<GradeBand> grades, BigDecimal overAchievementThreshold, List<String> qualitativeUnits) {
        this(id, version, nameZh, nameEn, kind, total, level1, budget, lowerIsBetter, tiers, rounding, grades,
                overAchievementThreshold, qualitativeUnits, Wording.DEFAULT);
    }

    public ScoringScheme {
        wording = wording == null ? Wording.DEFAULT : wording;
        level1 = List.copyOf(level1);
        tiers = List.copyOf(tiers);
        grades = List.copyOf(grades);
        qualitativeUnits = List.copyOf(qualitativeUnits);
    }

    public Optional<Level1Definition> budgetBlock() {
        return level1.stream().filter(Level1Definition::budget).findFirst();
    }

    public TierBand band(Tier tier) {
        for (TierBand band : tiers) {
            if (band.tier() == tier) {
                return band;
            }
        }
        throw new IllegalStateException("scheme " + id + " has no band for " + tier);
    }

    /** The grade a total earns: the first band, from the top, whose minimum it reaches. */
    public Grade gradeOf(BigDecimal total) {
        for (GradeBand band : grades) {
            if (total.compareTo(band.min()) >= 0) {
                return band.grade();
            }
        }
        return grades.getLast().grade();
    }

    /** The same scheme under another id and version, as an administrator's copy starts out. */
    public ScoringScheme copyAs(String newId, int newVersion, String newNameZh, String newNameEn) {
        return new ScoringScheme(newId, newVersion, newNameZh, newNameEn, kind, total, level1, budget, lowerIsBetter,
                tiers, rounding, grades, overAchievementThreshold, qualitativeUnits, wording);
    }
}
