package org.perfeval.scoring.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.result.Adjudication;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.scheme.BudgetDenominator;
import org.perfeval.scoring.scheme.BudgetRule;
import org.perfeval.scoring.scheme.ScoringScheme;

/**
 * The seed report, and the seed changed in one place each, so that between them they provoke every finding the
 * scorer knows. Row 5 (index 4) is 专项资金细化率 (≥99 %, actual 100), row 1 (index 0) the qualitative 年度履职目标相关性.
 */
final class SeedVariants {

    private static final Scorer SCORER = Scorer.withBuiltInSchemes();
    private static final SelfEvaluationDocument SEED = Samples.jinshui2021();
    private static final int QUANTITATIVE = 4;
    private static final int QUALITATIVE = 0;

    private SeedVariants() {
    }

    /** Each variant's name and its score. */
    static Map<String, ScoreResult> all() {
        Map<String, ScoreResult> results = new LinkedHashMap<>();
        results.put("seed", SCORER.score(SEED));
        results.put("unknown scheme", SCORER.score(SEED, "nowhere"));
        results.put("project scheme", SCORER.score(SEED, "national-project"));
        ScoringScheme henan = SCORER.schemes().find("henan-department-overall").orElseThrow();
        results.put("rate to explain below 90 %", SCORER.score(SEED, with(henan, "budget",
                new BudgetRule(BudgetDenominator.ADJUSTED_OR_INITIAL, new BigDecimal("0.9")))));
        results.put("no budget", score(with(SEED, "budget", null)));
        results.put("no initial budget", budget(b -> with(b, "initial", null)));
        results.put("negative executed", budget(b -> with(b, "executed", new BigDecimal("-1"))));
        results.put("zero initial", budget(b -> with(b, "initial", BigDecimal.ZERO)));
        results.put("executed 300", budget(b -> with(b, "executed", new BigDecimal("300"))));
        results.put("unknown level 1", level1(l -> l.add(new Level1Weight("其他指标", BigDecimal.ZERO))));
        results.put("level 1 twice", level1(l -> l.add(new Level1Weight("产出指标", new BigDecimal("40")))));
        results.put("fixed weight changed", level1(l -> l.set(0, new Level1Weight("预算执行率", new BigDecimal("12")))));
        results.put("level 1 over 100", level1(l -> l.set(2, new Level1Weight("产出指标", new BigDecimal("45")))));
        results.put("row in no block", row(QUANTITATIVE, r -> with(r, "level1", "其他指标")));
        results.put("row in the budget block", row(QUANTITATIVE, r -> with(r, "level1", "预算执行率")));
        results.put("no weight", row(QUANTITATIVE, r -> with(r, "weight", null)));
        results.put("negative weight", row(QUANTITATIVE, r -> with(r, "weight", new BigDecimal("-1"))));
        results.put("no target", row(QUANTITATIVE, r -> with(r, "target", "")));
        results.put("unreadable target", row(QUANTITATIVE, r -> with(r, "target", "较高")));
        results.put("scored without actual", row(QUANTITATIVE, r -> with(r, "actual", null)));
        results.put("no actual yet", row(QUANTITATIVE, r -> with(with(r, "actual", null), "selfScore", null)));
        results.put("unreadable actual", row(QUANTITATIVE, r -> with(r, "actual", "较多")));
        results.put("actual as inequality", row(QUANTITATIVE, r -> with(r, "actual", "≥100")));
        results.put("other unit", row(19, r -> with(r, "actual", "219个")));
        results.put("tier missing", row(QUALITATIVE, r -> with(r, "actual", "基本相关")));
        results.put("tier contradicts", row(QUALITATIVE, r -> with(r, "tier", Tier.PARTIAL)));
        results.put("self score outside tier", row(QUALITATIVE, r -> with(with(r, "actual", "基本相关"), "tier",
                Tier.PARTIAL)));
        results.put("negative self score", row(QUANTITATIVE, r -> with(r, "selfScore", new BigDecimal("-1"))));
        results.put("self score above weight", row(QUANTITATIVE, r -> with(r, "selfScore", new BigDecimal("5"))));
        results.put("row not applicable", row(QUANTITATIVE, r -> with(r, "notApplicable", true)));
        results.put("self budget score 7", self(s -> with(s, "budgetScore", new BigDecimal("7"))));
        results.put("self subtotal of unknown block", self(s -> {
            Map<String, BigDecimal> scores = new LinkedHashMap<>(s.level1Scores());
            scores.put("其他指标", BigDecimal.ONE);
            return with(s, "level1Scores", scores);
        }));
        results.put("self total 96", self(s -> with(s, "total", new BigDecimal("96"))));
        results.put("self grade 良", self(s -> with(s, "grade", Grade.GOOD)));
        results.put("self total without subtotals", self(s -> with(with(s, "level1Scores", Map.of()), "total",
                new BigDecimal("90"))));
        results.put("lower-is-better by name", row(6, r -> with(r, "target", "5%")));
        results.put("rows over the full score", row(19, r -> with(r, "weight", new BigDecimal("16"))));
        results.put("adjudicated", SCORER.score(with(SEED, "indicators", replaced(QUANTITATIVE, "target", "较高")),
                henan, List.of(new Adjudication(QUANTITATIVE, new BigDecimal("0.5"), "指标值扫描缺失，按佐证材料认定"))));
        results.put("tier label as actual", row(QUANTITATIVE, r -> with(with(r, "target", "规范"), "actual",
                "达成预期指标")));
        results.put("deadline met", row(QUANTITATIVE, r -> with(with(r, "target", "2021年12月底前"), "actual",
                "2021年10月")));
        results.put("deadline missed", row(QUANTITATIVE, r -> with(with(r, "target", "2021年6月"), "actual",
                "2021年10月")));
        results.put("deadline undecided", row(QUANTITATIVE, r -> with(with(r, "target", "按期"), "actual",
                "2021年10月")));
        return results;
    }

    private static ScoreResult score(SelfEvaluationDocument document) {
        return SCORER.score(document);
    }

    private static ScoreResult budget(UnaryOperator<Budget> change) {
        return score(with(SEED, "budget", change.apply(SEED.budget())));
    }

    private static ScoreResult level1(Consumer<List<Level1Weight>> change) {
        List<Level1Weight> level1 = new ArrayList<>(SEED.level1());
        change.accept(level1);
        return score(with(SEED, "level1", level1));
    }

    private static List<Indicator> replaced(int index, String component, Object value) {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        rows.set(index, with(rows.get(index), component, value));
        return rows;
    }

    private static ScoreResult row(int index, UnaryOperator<Indicator> change) {
        List<Indicator> rows = new ArrayList<>(SEED.indicators());
        rows.set(index, change.apply(rows.get(index)));
        return score(with(SEED, "indicators", rows));
    }

    private static ScoreResult self(UnaryOperator<SelfReported> change) {
        return score(with(SEED, "selfReported", change.apply(SEED.selfReported())));
    }

    /** A copy of {@code record} with one component changed. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(component);
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
