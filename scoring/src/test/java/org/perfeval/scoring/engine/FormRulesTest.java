package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfeval.scoring.engine.Forms.codes;
import static org.perfeval.scoring.engine.Forms.d;
import static org.perfeval.scoring.engine.Forms.form;
import static org.perfeval.scoring.engine.Forms.fullRows;
import static org.perfeval.scoring.engine.Forms.row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.Level1Result;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.Severity;
import org.perfeval.scoring.scheme.LowerIsBetterFormula;
import org.perfeval.scoring.scheme.LowerIsBetterRule;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.scheme.ScoringScheme;

/** Whole-form rules: budget block, 一级 weights, grades, not-applicable rows, self-reported results. */
class FormRulesTest {

    private final Scorer scorer = Scorer.withBuiltInSchemes();

    @Test
    void aFormWithEverythingMetScoresOneHundredWithoutFindings() {
        ScoreResult result = scorer.score(form(fullRows()));

        assertThat(result.total()).isEqualByComparingTo("100.00");
        assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest(name = "executed {1} of initial {0} (adjusted {2}): rate {3} %, score {4}")
    @CsvSource(nullValues = "null", value = {
            "234, 173.65, null, 74.21, 7.42",
            "100, 108, null, 108.00, 10.00",
            "100, 90, 120, 75.00, 7.50",
            "100, 100, null, 100.00, 10.00"})
    void budgetScoreIsTheRateCappedAtOneTimesTheWeight(String initial, String executed, String adjusted,
                                                      String rate, String score) {
        Budget budget = new Budget(d(initial), adjusted == null ? null : d(adjusted), d(executed), null, null, null,
                null);
        ScoreResult result = scorer.score(form(fullRows(), null, budget, null));

        assertThat(result.budget().rate()).isEqualByComparingTo(rate);
        assertThat(result.budget().score()).isEqualByComparingTo(score);
        assertThat(result.budget().adjustedUsed()).isEqualTo(adjusted != null);
    }

    @Test
    void executionAbove100PercentEarnsTheWeightAndANote() {
        Budget budget = new Budget(d("100"), null, d("108"), null, null, null, null);
        ScoreResult result = scorer.score(form(fullRows(), null, budget, null));

        assertThat(result.total()).isEqualByComparingTo("100.00");
        assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(FindingCode.BUDGET_OVER_EXECUTED, Severity.INFO));
    }

    @Test
    void aZeroBudgetCannotGiveARateAndIsAnError() {
        Budget budget = new Budget(d("0"), null, d("5"), null, null, null, null);
        ScoreResult result = scorer.score(form(fullRows(), null, budget, null));

        assertThat(result.budget().rate()).isNull();
        assertThat(result.budget().score()).isEqualByComparingTo("0");
        assertThat(result.errors()).extracting(Finding::code).containsExactly(FindingCode.BUDGET_DENOMINATOR_ZERO);
    }

    @Test
    void breakdownsThatDoNotAddUpToTheTotalAreFlagged() {
        Budget budget = new Budget(d("100"), null, d("100"), new BudgetLine(d("60"), null, d("60")),
                new BudgetLine(d("30"), null, d("40")), null, null);
        ScoreResult result = scorer.score(form(fullRows(), null, budget, null));

        assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.BUDGET_BREAKDOWN_MISMATCH)
                .extracting(Finding::pointer).containsExactly("/budget/fiscal");
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({"100, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "60, FAIR",
            "59.99, POOR", "0, POOR"})
    void gradesIncludeTheirLowerBound(String total, Grade grade) {
        ScoringScheme scheme = SchemeRegistry.builtIn().defaultFor(null);

        assertThat(scheme.gradeOf(new BigDecimal(total))).isEqualTo(grade);
    }

    @ParameterizedTest(name = "产出 actual {0} of 10000 gives a total of {1}, {2}")
    @CsvSource({"7500, 90.00, EXCELLENT", "7497.5, 89.99, GOOD"})
    void aFormAt90Point00IsExcellentAndAt89Point99Good(String actual, String total, Grade grade) {
        List<Indicator> rows = fullRows();
        rows.set(1, row("产出指标", "≥10000", "件", actual, "40", null));
        ScoreResult result = scorer.score(form(rows));

        assertThat(result.total()).isEqualByComparingTo(total);
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    void reweightedBlocksAreAcceptedWhileTheFourTotal100() {
        List<Level1Weight> level1 = List.of(new Level1Weight("预算执行率", d("10")),
                new Level1Weight("投入管理指标", d("15")), new Level1Weight("产出指标", d("45")),
                new Level1Weight("效益指标", d("30")));
        List<Indicator> rows = List.of(row("投入管理指标", "≥1", "件", "1", "15", null),
                row("产出指标", "≥1", "件", "1", "45", null), row("效益指标", "≥1", "件", "1", "30", null));
        ScoreResult result = scorer.score(form(rows, level1, new Budget(d("1"), null, d("1"), null, null, null,
                null), null));

        assertThat(result.findings()).isEmpty();
        assertThat(result.level1()).extracting(Level1Result::weight).containsExactly(d("10"), d("15"), d("45"), d("30"));
    }

    @Test
    void changingTheFixedBudgetWeightOrMissing100AreErrors() {
        List<Level1Weight> level1 = List.of(new Level1Weight("预算执行率", d("20")),
                new Level1Weight("投入管理指标", d("20")), new Level1Weight("产出指标", d("40")),
                new Level1Weight("效益指标", d("30")), new Level1Weight("满意度", d("5")));
        ScoreResult result = scorer.score(form(fullRows(), level1, new Budget(d("1"), null, d("1"), null, null,
                null, null), null));

        assertThat(result.errors()).extracting(Finding::code, Finding::pointer).containsExactlyInAnyOrder(
                tuple(FindingCode.LEVEL1_UNKNOWN, "/level1/4"),
                tuple(FindingCode.LEVEL1_FIXED_WEIGHT_CHANGED, "/level1/0/weight"));
        ScoreResult overweight = scorer.score(form(fullRows(), List.of(new Level1Weight("产出指标", d("50"))),
                new Budget(d("1"), null, d("1"), null, null, null, null), null));
        assertThat(overweight.errors()).extracting(Finding::code)
                .contains(FindingCode.LEVEL1_TOTAL_NOT_100, FindingCode.LEVEL1_WEIGHT_SUM_MISMATCH);
    }

    @Test
    void blockScoresAreSumsOfRoundedRowScoresEvenForWeightsFinerThanCents() {
        List<Indicator> rows = fullRows();
        rows.set(1, row("产出指标", "≥10", "件", "12", "39.995", null));
        rows.add(row("产出指标", "≥10", "件", "12", "0.005", null));
        ScoreResult result = scorer.score(form(rows));

        // 39.995 and 0.005 are met and round to 40.00 and 0.01: the block is their sum, 40.01
        assertThat(result.level1().get(2).score()).isEqualByComparingTo("40.01");
        assertThat(result.level1().get(2).weightSum()).isEqualByComparingTo("40.00");
    }

    @Test
    void aRowUnderAnUnknownBlockIsAnError() {
        List<Indicator> rows = fullRows();
        rows.add(row("其他指标", "≥1", "件", "1", "5", null));
        ScoreResult result = scorer.score(form(rows));

        assertThat(result.errors()).extracting(Finding::pointer).containsExactly("/indicators/3/level1");
    }

    @Test
    void notApplicableRowsAreLeftOutAndTheTotalIsRebasedTo100() {
        List<Indicator> rows = List.of(row("投入管理指标", "≥1", "件", "1", "20", null),
                row("产出指标", "≥10", "件", "5", "20", null),
                new Indicator("产出指标", "二级", "不适用行", "≥1", "件", null, d("20"), null, null, null, true),
                row("效益指标", "≥1", "件", "1", "30", null));
        ScoreResult result = scorer.score(form(rows));

        // (10 + 20 + 10 + 30) of an attainable 80, re-based: 70 × 100 / 80
        assertThat(result.total()).isEqualByComparingTo("87.50");
        assertThat(result.indicators().get(2).rule()).isEqualTo(RowRule.NOT_APPLICABLE);
        assertThat(codes(result)).contains(FindingCode.NOT_APPLICABLE_REBASED);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aDeductionSchemeTakesAFixedAmountPerPointDownToTheFloor() {
        ScoringScheme base = SchemeRegistry.builtIn().find("henan-department-overall").orElseThrow();
        ScoringScheme hunan = new ScoringScheme("hunan-test", 1, "湖南", "Hunan", base.kind(), base.total(),
                base.level1(), base.budget(), new LowerIsBetterRule(LowerIsBetterFormula.DEDUCTION, d("0.5"),
                BigDecimal.ZERO), base.tiers(), base.rounding(), base.grades(), base.overAchievementThreshold(),
                base.qualitativeUnits());
        Scorer hunanScorer = new Scorer(SchemeRegistry.builtIn().with(List.of(hunan)));

        RowResult partly = hunanScorer.score(Forms.withOutputRow(row("产出指标", "≤20", "%", "25.79", "5", null)),
                "hunan-test").indicators().get(1);
        RowResult floored = hunanScorer.score(Forms.withOutputRow(row("产出指标", "≤20", "%", "40", "5", null)),
                "hunan-test").indicators().get(1);

        assertThat(partly.rule()).isEqualTo(RowRule.LOWER_IS_BETTER_DEDUCTION);
        assertThat(partly.score()).isEqualByComparingTo(d("5").subtract(d("0.5").multiply(d("5.79")))
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(floored.score()).isEqualByComparingTo("0");
    }

    @Test
    void selfReportedTotalAndGradeThatDoNotFollowFromTheRowsAreFlagged() {
        SelfReported self = new SelfReported(d("10"), Map.of(), d("95"), Grade.GOOD);
        ScoreResult result = scorer.score(form(fullRows(), null, new Budget(d("1"), null, d("1"), null, null, null,
                null), self));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer).containsExactlyInAnyOrder(
                tuple(FindingCode.SELF_TOTAL_DIFFERS, "/selfReported/total"),
                tuple(FindingCode.SELF_GRADE_DIFFERS, "/selfReported/grade"),
                tuple(FindingCode.SELF_TOTAL_NOT_SUM_OF_ROWS, "/selfReported/total"));
        assertThat(result.totalDifference()).isEqualByComparingTo("-5.00");
    }

    @Test
    void anUnknownSchemeFallsBackToTheDefaultWithAnError() {
        ScoreResult result = scorer.score(form(fullRows()), "no-such-scheme");

        assertThat(result.schemeId()).isEqualTo("henan-department-overall");
        assertThat(result.errors()).extracting(Finding::code).containsExactly(FindingCode.SCHEME_UNKNOWN);
    }
}
