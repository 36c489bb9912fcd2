package org.perfeval.scoring.scheme;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.json.JsonFields;
import org.perfeval.scoring.text.Text;

/** The rules a scheme must keep so that every form scored with it gets a well-defined score. */
final class SchemeValidator {

    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    private SchemeValidator() {
    }

    static void validate(ScoringScheme s, JsonFields f) {
        if (!s.id().matches(ID_PATTERN)) {
            add(f, "/id", SchemeProblem.ID_PATTERN);
        }
        if (s.total().signum() <= 0) {
            add(f, "/total", SchemeProblem.TOTAL_NOT_POSITIVE);
        }
        level1(s, f);
        if (s.budget().explainRateBelow() != null && (s.budget().explainRateBelow().signum() <= 0
                || s.budget().explainRateBelow().compareTo(BigDecimal.ONE) > 0)) {
            add(f, "/budget/explainRateBelow", SchemeProblem.EXPLAIN_RATE_NOT_FRACTION);
        }
        if (s.lowerIsBetter().formula() == LowerIsBetterFormula.DEDUCTION) {
            if (s.lowerIsBetter().deductionPerPoint() == null || s.lowerIsBetter().deductionPerPoint().signum() <= 0) {
                add(f, "/lowerIsBetter/deductionPerPoint", SchemeProblem.DEDUCTION_PER_POINT_MISSING);
            }
            if (s.lowerIsBetter().floor() == null) {
                add(f, "/lowerIsBetter/floor", SchemeProblem.DEDUCTION_FLOOR_MISSING);
            }
        }
        tiers(s.tiers(), f);
        grades(s.grades(), f);
    }

    private static void level1(ScoringScheme s, JsonFields f) {
        if (s.level1().isEmpty()) {
            add(f, "/level1", SchemeProblem.LEVEL1_EMPTY);
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int budgets = 0;
        for (int i = 0; i < s.level1().size(); i++) {
            Level1Definition definition = s.level1().get(i);
            if (!names.add(definition.name().strip())) {
                add(f, "/level1/" + i + "/name", SchemeProblem.LEVEL1_NAME_TWICE);
            }
            sum = sum.add(definition.weight());
            budgets += definition.budget() ? 1 : 0;
        }
        if (budgets != 1) {
            add(f, "/level1", SchemeProblem.LEVEL1_BUDGET_BLOCK_NOT_ONE);
        }
        if (sum.compareTo(s.total()) != 0) {
            add(f, "/level1", SchemeProblem.LEVEL1_WEIGHTS_NOT_TOTAL, sum, s.total());
        }
    }

    private static void tiers(List<TierBand> tiers, JsonFields f) {
        Set<Tier> seen = EnumSet.noneOf(Tier.class);
        tiers.forEach(t -> seen.add(t.tier()));
        if (tiers.size() != Tier.values().length || seen.size() != Tier.values().length) {
            add(f, "/tiers", SchemeProblem.TIERS_NOT_EACH_ONCE);
            return;
        }
        for (int i = 0; i < tiers.size(); i++) {
            TierBand band = tiers.get(i);
            if (band.tier().ordinal() != i) {
                add(f, "/tiers/" + i, SchemeProblem.TIERS_OUT_OF_ORDER);
                return;
            }
            if (band.min().compareTo(band.max()) >= 0) {
                add(f, "/tiers/" + i, SchemeProblem.TIER_MIN_NOT_BELOW_MAX);
            }
            if (i > 0 && band.max().compareTo(tiers.get(i - 1).min()) != 0) {
                add(f, "/tiers/" + i + "/max", SchemeProblem.TIER_MAX_NOT_MIN_ABOVE);
            }
        }
        if (tiers.getFirst().max().compareTo(BigDecimal.ONE) != 0) {
            add(f, "/tiers/0/max", SchemeProblem.TOP_TIER_MAX_NOT_ONE);
        }
        if (tiers.getLast().min().signum() != 0) {
            add(f, "/tiers/2/min", SchemeProblem.BOTTOM_TIER_MIN_NOT_ZERO);
        }
    }

    private static void grades(List<GradeBand> grades, JsonFields f) {
        if (grades.size() != Grade.values().length) {
            add(f, "/grades", SchemeProblem.GRADES_NOT_EACH_ONCE);
            return;
        }
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).grade().ordinal() != i) {
                add(f, "/grades/" + i, SchemeProblem.GRADES_OUT_OF_ORDER);
                return;
            }
            if (i > 0 && grades.get(i).min().compareTo(grades.get(i - 1).min()) >= 0) {
                add(f, "/grades/" + i + "/min", SchemeProblem.GRADE_MIN_NOT_BELOW_ABOVE);
            }
        }
        if (grades.getLast().min().signum() != 0) {
            add(f, "/grades/3/min", SchemeProblem.BOTTOM_GRADE_MIN_NOT_ZERO);
        }
    }

    private static void add(JsonFields f, String pointer, SchemeProblem problem, Object... args) {
        f.add(pointer, Text.of(problem.key(), args));
    }
}
