package org.perfeval.scoring.scheme;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.JsonFields;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.Violation;

/** The rules a scheme must keep so that every form scored with it gets a well-defined score. */
final class SchemeValidator {

    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    private SchemeValidator() {
    }

    static void validate(ScoringScheme s, JsonFields f) {
        if (!s.id().matches(ID_PATTERN)) {
            add(f, "/id", "must be 1 to 64 lower-case letters, digits and hyphens",
                    "应为 1 至 64 个小写字母、数字或连字符");
        }
        if (s.total().signum() <= 0) {
            add(f, "/total", "must be greater than 0", "应大于 0");
        }
        level1(s, f);
        if (s.budget().explainRateBelow() != null && (s.budget().explainRateBelow().signum() <= 0
                || s.budget().explainRateBelow().compareTo(BigDecimal.ONE) > 0)) {
            add(f, "/budget/explainRateBelow", "must be a fraction above 0 and at most 1", "应为大于 0、不超过 1 的比例");
        }
        if (s.lowerIsBetter().formula() == LowerIsBetterFormula.DEDUCTION) {
            if (s.lowerIsBetter().deductionPerPoint() == null || s.lowerIsBetter().deductionPerPoint().signum() <= 0) {
                add(f, "/lowerIsBetter/deductionPerPoint", "must be greater than 0 for DEDUCTION",
                        "扣分法须给出大于 0 的每点扣分");
            }
            if (s.lowerIsBetter().floor() == null) {
                add(f, "/lowerIsBetter/floor", "is required for DEDUCTION", "扣分法须给出最低分");
            }
        }
        tiers(s.tiers(), f);
        grades(s.grades(), f);
    }

    private static void level1(ScoringScheme s, JsonFields f) {
        if (s.level1().isEmpty()) {
            add(f, "/level1", "must name at least one 一级指标", "至少应有一个一级指标");
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int budgets = 0;
        for (int i = 0; i < s.level1().size(); i++) {
            Level1Definition definition = s.level1().get(i);
            if (!names.add(definition.name().strip())) {
                add(f, "/level1/" + i + "/name", "appears twice", "重复");
            }
            sum = sum.add(definition.weight());
            budgets += definition.budget() ? 1 : 0;
        }
        if (budgets != 1) {
            add(f, "/level1", "must mark exactly one 一级指标 as the budget block", "应有且只有一个一级指标为预算执行率");
        }
        if (sum.compareTo(s.total()) != 0) {
            add(f, "/level1", "weights add up to " + sum.toPlainString() + ", not " + s.total().toPlainString(),
                    "分值合计 " + sum.toPlainString() + "，应为 " + s.total().toPlainString());
        }
    }

    private static void tiers(List<TierBand> tiers, JsonFields f) {
        Set<Tier> seen = EnumSet.noneOf(Tier.class);
        tiers.forEach(t -> seen.add(t.tier()));
        if (tiers.size() != Tier.values().length || seen.size() != Tier.values().length) {
            add(f, "/tiers", "must give each of ACHIEVED, PARTIAL and NOT_ACHIEVED once", "三个档次应各出现一次");
            return;
        }
        for (int i = 0; i < tiers.size(); i++) {
            TierBand band = tiers.get(i);
            if (band.tier().ordinal() != i) {
                add(f, "/tiers/" + i, "must come in the order ACHIEVED, PARTIAL, NOT_ACHIEVED", "档次顺序应为达成、部分达成、未达成");
                return;
            }
            if (band.min().compareTo(band.max()) >= 0) {
                add(f, "/tiers/" + i, "min must be below max", "下限应小于上限");
            }
            if (i > 0 && band.max().compareTo(tiers.get(i - 1).min()) != 0) {
                add(f, "/tiers/" + i + "/max", "must equal the min of the tier above", "应等于上一档的下限");
            }
        }
        if (tiers.getFirst().max().compareTo(BigDecimal.ONE) != 0) {
            add(f, "/tiers/0/max", "must be 1 (the full weight)", "应为 1（满分）");
        }
        if (tiers.getLast().min().signum() != 0) {
            add(f, "/tiers/2/min", "must be 0", "应为 0");
        }
    }

    private static void grades(List<GradeBand> grades, JsonFields f) {
        if (grades.size() != Grade.values().length) {
            add(f, "/grades", "must give each of the four grades once", "四个等级应各出现一次");
            return;
        }
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).grade().ordinal() != i) {
                add(f, "/grades/" + i, "must come in the order EXCELLENT, GOOD, FAIR, POOR", "等级顺序应为优、良、中、差");
                return;
            }
            if (i > 0 && grades.get(i).min().compareTo(grades.get(i - 1).min()) >= 0) {
                add(f, "/grades/" + i + "/min", "must be below the min of the grade above", "应低于上一等级的下限");
            }
        }
        if (grades.getLast().min().signum() != 0) {
            add(f, "/grades/3/min", "must be 0", "应为 0");
        }
    }

    private static void add(JsonFields f, String pointer, String english, String chinese) {
        f.addViolation(new Violation(pointer, english, chinese));
    }
}
